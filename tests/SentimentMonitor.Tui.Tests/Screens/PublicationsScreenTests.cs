using SentimentMonitor.Core.Text;
using SentimentMonitor.Tui.Screens;
using SentimentMonitor.Tui.Tests.Fixtures;
using Terminal.Gui.Input;

namespace SentimentMonitor.Tui.Tests.Screens;

public sealed class PublicationsScreenTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    [Fact]
    public void Publications_80x24_EveryPaperWithCountsNetArrowAndLastPost()
    {
        using Harness ui = new(_db.Ports, 80, 24);

        string[] lines = ui.Lines;

        Assert.Equal("┌┤SentimentMonitor · Publications├─────────────────────────────────────────────┐", lines[0]);
        Assert.Equal("│Paper                   │Posts│Clin.│Clin. net ±95% │7d│Last post (UTC)       │", lines[2]);
        Assert.Equal("│Blinatumomab in Infants…│12   │7    │+0.43 ±0.56 n=7│↓ │2024-05-16 11:00      │", lines[4]);
        Assert.Equal("│Another trial           │2    │0    │– n=0          │· │2024-05-12 09:00      │", lines[5]);
        Assert.Equal("│Enter open │ ↑↓ move │ F5 refresh │ F1 help │ q quit                          │", lines[22]);
    }

    [Fact]
    public void Publications_120x40_TitleUsesTheRoom()
    {
        using Harness ui = new(_db.Ports, 120, 40);

        Assert.StartsWith("│Blinatumomab in Infants with KMT2A-Rearranged ALL│12   │7    │+0.43 ±0.56 n=7│↓ │2024-05-16 11:00", ui.Lines[4]);
        Assert.All(ui.Lines, l => Assert.Equal(120, TextWidth.Of(l)));
    }

    [Fact]
    public void F1ThenEsc_ShowsHelpAndComesBack()
    {
        using Harness ui = new(_db.Ports, 80, 24);

        ui.Press(Key.F1);
        Assert.IsType<HelpScreen>(ui.Window.Current);
        Assert.Contains("│Publications: every tracked paper.", ui.Screen);

        ui.Press(Key.Esc);
        Assert.IsType<PublicationsScreen>(ui.Window.Current);
        ui.Press(Key.Esc); // the root stays
        Assert.IsType<PublicationsScreen>(ui.Window.Current);
    }

    [Fact]
    public void DownEnter_OpensTheSecondPaper()
    {
        using Harness ui = new(_db.Ports, 80, 24);

        ui.Press(Key.CursorDown, Key.Enter);

        PublicationScreen screen = Assert.IsType<PublicationScreen>(ui.Window.Current);
        Assert.Equal(FixtureDatabase.Other, screen.Presenter.Publication.Key);
        Assert.Contains("│2 posts · clinicians 0 · clin. net – n=0 · 7d · – vs –", ui.Screen);
    }

    public void Dispose() => _db.Dispose();
}
