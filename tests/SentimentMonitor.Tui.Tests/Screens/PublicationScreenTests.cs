using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;
using SentimentMonitor.Tui.Screens;
using SentimentMonitor.Tui.Tests.Fixtures;
using Terminal.Gui.Input;

namespace SentimentMonitor.Tui.Tests.Screens;

public sealed class PublicationScreenTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    [Fact]
    public void Publication_80x24_HeadlineChartAndPosts()
    {
        using Harness ui = new(_db.Ports, 80, 24);
        ui.Press(Key.Enter);

        string[] lines = ui.Lines;

        Assert.Equal("│12 posts · clinicians 7 · clin. net +0.43 ±0.56 n=7 · 7d ↓ -0.33 vs +1.00     │", lines[2]);
        Assert.StartsWith("│╭┤Trend: daily · clinicians · net +0.43", lines[3]);
        Assert.Contains("│╭┤Posts: 12 posts · newest first├", lines[13]);
        Assert.StartsWith("││05-16 11:00│bsky│@wide.bsk…│public    │neu 0.55│no  │      │白血病の乳児", lines[16]);
        Assert.Equal("│Enter post │ / filter │ w c p s chart │ o sort │ L live │ Tab │ Esc │ F1 help │", lines[22]);
        Assert.All(lines, l => Assert.Equal(80, TextWidth.Of(l))); // wide characters and emoji keep alignment
    }

    [Fact]
    public void Publication_120x40_BreakdownTables()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        ui.Press(Key.Enter);

        string screen = ui.Screen;

        Assert.Contains("│By role (everyone)│ │   │", screen); // the group heading whole, not "By role (ev…"
        Assert.Contains("│  clinician       │7│58%│+0.43 ±0.56 n=7", screen);
        Assert.Contains("│  public          │5│42%│+1.00 ±0.79 n=1", screen);
        Assert.Contains("│  pediatric_hemat…│3│43%│+0.33 ±0.73 n=3", screen);
        Assert.Contains("│  efficacy        │3│43%│+1.00 ±0.56 n=3", screen);
        Assert.All(ui.Lines, l => Assert.Equal(120, TextWidth.Of(l)));
    }

    [Fact]
    public void ChartKeys_ToggleWeekEveryonePlatform()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        ui.Press(Key.Enter);

        ui.Type("w");
        Assert.Contains("Trend: weekly · clinicians · net +0.43 ±0.56 n=7", ui.Screen);
        ui.Type("c");
        Assert.Contains("Trend: weekly · everyone · net +0.50 ±0.52 n=8", ui.Screen);
        ui.Type("p");
        Assert.Contains("Trend: weekly · everyone · x · net +1.00 ±0.49 n=4", ui.Screen);
        Assert.Contains("Breakdown (everyone · x)", ui.Screen);
    }

    [Fact]
    public void SlashFilter_KeepsMatchingPostsAndCaptionSaysSo()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        ui.Press(Key.Enter);

        ui.Type("/role:clinician sent:neg");
        ui.Press(Key.Enter);

        PublicationScreen screen = Assert.IsType<PublicationScreen>(ui.Window.Current);
        Assert.Equal(["mastodon:m1", "bluesky:b3"], screen.PostRows.Select(r => r.Key));
        Assert.Contains("Posts: 2 posts · newest first · filter: role:clinician sent:negative", ui.Screen);

        ui.Type("x");
        Assert.Equal(12, screen.PostRows.Count);
    }

    [Fact]
    public void FilterOpenDetailRelabel_StoredInTheLiteDbFileAndShownOnReturn()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        ui.Press(Key.Enter);
        ui.Type("/aspect:study_design");
        ui.Press(Key.Enter);

        ui.Press(Key.Enter); // open the only post: m1, negative
        PostDetailScreen detail = Assert.IsType<PostDetailScreen>(ui.Window.Current);
        Assert.Contains("Single-arm and small n: hard to judge.", ui.Screen);
        Assert.Contains("Author: clinician · cardiology · attending (by rules-test)", ui.Screen);
        ui.Press(Key.CursorDown, Key.Enter); // first line of the Correct list: sentiment positive

        Assert.Contains("sentiment set to positive (human label)", ui.Window.StatusText);
        Assert.Equal(Sentiment.Positive, _db.Reopen().GetPost("mastodon:m1")!.HumanSentiment);

        ui.Press(Key.Esc);
        Assert.Contains("│12 posts · clinicians 7 · clin. net +0.71 ±0.49 n=7", ui.Screen);
        Assert.Contains("pos ✎", ui.Screen);
    }

    [Fact]
    public void DetailAuthorRelabel_TabToListAndPickRole()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        ui.Press(Key.Enter);
        ui.Type("/@parent1 hope");
        ui.Press(Key.Enter, Key.Enter);
        PostDetailScreen detail = Assert.IsType<PostDetailScreen>(ui.Window.Current);
        int researcher = detail.Choices.ToList().FindIndex(c => c.Text.EndsWith("author is researcher", StringComparison.Ordinal));

        for (int i = 0; i <= researcher; i++)
            ui.Press(Key.CursorDown);
        ui.Press(Key.Enter);

        Assert.Equal(AuthorRole.Researcher, _db.Reopen().GetAuthor("x:202")!.Human!.Role);
        Assert.Contains("● author is researcher", ui.Screen);
    }

    [Fact]
    public void EscapeSequencePost_RendersInert()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        ui.Press(Key.Enter);
        ui.Type("/PWNED");
        ui.Press(Key.Enter);

        Assert.Contains("PWNED copied click evil end", ui.Screen);
        ui.Press(Key.Enter);
        string screen = ui.Screen;

        Assert.Contains("│PWNED copied click evil end", screen);
        Assert.Contains("Bio: bio  here", screen);
        foreach (char c in screen)
            Assert.False(c < ' ' && c != '\n' || c is >= '\u0080' and <= '\u009f' || c == '\u202e', $"control U+{(int)c:X4} on screen");
        Assert.All(ui.Lines, l => Assert.Equal(120, TextWidth.Of(l)));
    }

    [Fact]
    public void TabCyclesPanesAndEscLeavesSearch()
    {
        using Harness ui = new(_db.Ports, 80, 24);
        ui.Press(Key.Enter);
        PublicationScreen screen = Assert.IsType<PublicationScreen>(ui.Window.Current);
        Assert.True(screen.Panes[0].HasFocus);

        ui.Press(Key.Tab);
        Assert.True(screen.Panes[1].HasFocus);
        ui.Type("/");
        Assert.True(screen.Panes[3].HasFocus);
        ui.Type("q"); // typed into the box, does not quit
        ui.Press(Key.Esc);
        Assert.True(screen.Panes[0].HasFocus);
        Assert.IsType<PublicationScreen>(ui.Window.Current);
        ui.Press(Key.Esc);
        Assert.IsType<PublicationsScreen>(ui.Window.Current);
    }

    public void Dispose() => _db.Dispose();
}
