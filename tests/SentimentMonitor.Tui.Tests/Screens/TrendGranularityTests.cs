using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Tui.Screens;
using SentimentMonitor.Tui.Tests.Fixtures;
using Terminal.Gui.Input;

namespace SentimentMonitor.Tui.Tests.Screens;

/// <summary>A paper followed longer than the chart is wide opens weekly, so its first days (the launch) stay on screen.</summary>
public sealed class TrendGranularityTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    /// <summary>One more clinician post 60 days after the fixture's first: 61 daily buckets.</summary>
    private void AddLatePost()
    {
        Author heme = _db.Store.GetAuthor("x:101")!;
        SentimentPrediction prediction = new(Sentiment.Positive, 0.05f, 0.05f, 0.9f, "sentiment-test");
        Post post = new()
        {
            Platform = Platform.X,
            PlatformId = "late1",
            CreatedAt = FixtureDatabase.Day0.AddDays(60),
            AuthorKey = heme.Key,
            AuthorHandle = heme.Handle,
            Text = "Two months on, still the paper everyone asks about.",
            Matches = [new PublicationMatch(FixtureDatabase.Blina, MatchKind.DoiLink, "https://doi.org/" + FixtureDatabase.Blina)],
            Sentiment = prediction,
        };
        _db.Store.UpsertBatch([new ParsedRecord(post, heme)]);
        _db.Store.SetMachineLabels([new PostLabels(post.Key, prediction, true, [])]);
    }

    [Fact]
    public void Publication_80x24_SixtyOneDays_OpensWeeklyWithTheFirstWeekShown()
    {
        AddLatePost();
        using Harness ui = new(_db.Ports, 80, 24);

        ui.Press(Key.Enter);

        Assert.Contains("Trend: weekly", ui.Screen);
        Assert.Contains(ChartLines(ui, 13), l => l.Contains("05-06")); // the first week (Monday 2024-05-06) is on the axis
        ui.Type("w");
        Assert.Contains("Trend: daily", ui.Screen); // the user can still ask for days
    }

    [Fact]
    public void Publication_200x60_SixtyOneDaysFit_StaysDaily()
    {
        AddLatePost();
        using Harness ui = new(_db.Ports, 200, 60);

        ui.Press(Key.Enter);

        Assert.Contains("Trend: daily", ui.Screen);
        Assert.Contains(ChartLines(ui, 29), l => l.Contains("05-06"));
    }

    /// <summary>The rows above the posts table (which also shows dates).</summary>
    private static IEnumerable<string> ChartLines(Harness ui, int rows) => ui.Lines.Take(rows);

    public void Dispose() => _db.Dispose();
}
