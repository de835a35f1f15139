using SentimentMonitor.Core.Domain;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Tests.Fixtures;

namespace SentimentMonitor.Tui.Tests.Presenters;

public sealed class PublicationPresenterPollTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Reload_AfterAPollSawChangedCounts_ShowsThemWithoutReadingThemAgain()
    {
        ObservedStatistics statistics = new(_db.Store);
        PublicationPresenter p = new(new DashboardPorts(_db.Store, _db.Store, statistics), _db.Store.Find(FixtureDatabase.Blina)!);
        string before = p.Headline();
        _db.Store.SetHumanLabels("x:a1", Sentiment.Negative, null); // another process relabels a clinician post
        int reads = statistics.Reads.Count;

        bool changed = p.ActivityChanged();
        p.Reload();

        Assert.True(changed);
        Assert.Equal(reads + 1, statistics.Reads.Count);
        Assert.NotEqual(before, p.Headline());
        Assert.Equal(new PublicationPresenter(_db.Ports, _db.Store.Find(FixtureDatabase.Blina)!).Headline(), p.Headline());
        p.Reload(); // a reload not prompted by a poll reads afresh
        Assert.Equal(reads + 2, statistics.Reads.Count);
    }
}
