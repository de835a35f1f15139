using SentimentMonitor.Core.Domain;
using SentimentMonitor.Tui.Screens;
using SentimentMonitor.Tui.Tests.Fixtures;
using Terminal.Gui.Input;

namespace SentimentMonitor.Tui.Tests.Screens;

public sealed class PostDetailScreenTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    private static PostDetailScreen OpenM1(Harness ui)
    {
        ui.Press(Key.Enter);
        ui.Type("/aspect:study_design");
        ui.Press(Key.Enter, Key.Enter);
        return Assert.IsType<PostDetailScreen>(ui.Window.Current);
    }

    private static void Pick(Harness ui, PostDetailScreen detail, string endsWith)
    {
        int index = detail.Choices.ToList().FindIndex(c => c.Text.EndsWith(endsWith, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no choice ending with '{endsWith}'");
        for (int i = 0; i <= index; i++)
            ui.Press(Key.CursorDown);
        ui.Press(Key.Enter);
    }

    [Fact]
    public void Detail_80x24_StatusLineShowsEveryKeyUncut()
    {
        using Harness ui = new(_db.Ports, 80, 24);
        OpenM1(ui);

        string status = ui.Lines[22];

        Assert.Equal("│Tab pane │ Enter apply │ + = - sentiment │ y copy link │ Esc │ F1 help        │", status);
    }

    [Fact]
    public void Detail_ToggleAspect_StoredAsHumanAspectsInTheFile()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        PostDetailScreen detail = OpenM1(ui);

        Pick(ui, detail, "aspect safety");

        Assert.Contains("aspects: safety, study_design (human label)", ui.Window.StatusText);
        Assert.Equal([Aspect.Safety, Aspect.StudyDesign], _db.Reopen().GetPost("mastodon:m1")!.HumanAspects);
        Assert.Contains("[x] aspect safety", ui.Screen);
    }

    [Fact]
    public void Detail_PickSpecialty_StoredAsHumanClinicianLabelAndShown()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        PostDetailScreen detail = OpenM1(ui);
        string authorKey = _db.Store.GetPost("mastodon:m1")!.AuthorKey;

        Pick(ui, detail, "clinician: nephrology");

        AuthorClassification human = _db.Reopen().GetAuthor(authorKey)!.Human!;
        Assert.Equal(AuthorRole.Clinician, human.Role);
        Assert.Equal(Specialty.Nephrology, human.Specialty);
        Assert.Contains("Author: clinician · nephrology", detail.DetailText);
    }

    public void Dispose() => _db.Dispose();
}
