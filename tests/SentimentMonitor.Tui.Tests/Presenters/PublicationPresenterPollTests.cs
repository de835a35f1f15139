using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
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
        CountingStatistics statistics = new(_db.Store);
        PublicationPresenter p = new(new DashboardPorts(_db.Store, _db.Store, statistics), _db.Store.Find(FixtureDatabase.Blina)!);
        string before = p.Headline();
        _db.Store.SetHumanLabels("x:a1", Sentiment.Negative, null); // another process relabels a clinician post
        int reads = statistics.Reads;

        bool changed = p.ActivityChanged();
        p.Reload();

        Assert.True(changed);
        Assert.Equal(reads + 1, statistics.Reads);
        Assert.NotEqual(before, p.Headline());
        Assert.Equal(new PublicationPresenter(_db.Ports, _db.Store.Find(FixtureDatabase.Blina)!).Headline(), p.Headline());
        p.Reload(); // a reload not prompted by a poll reads afresh
        Assert.Equal(reads + 2, statistics.Reads);
    }

    /// <summary>Counts how often the counts are read.</summary>
    private sealed class CountingStatistics(IReactionStatistics inner) : IReactionStatistics
    {
        public int Reads { get; private set; }

        public IReadOnlyList<ReactionCount> Counts(string publicationKey) { Reads++; return inner.Counts(publicationKey); }

        public IReadOnlyList<AspectCount> AspectCounts(string publicationKey) { Reads++; return inner.AspectCounts(publicationKey); }

        public (IReadOnlyList<ReactionCount> Counts, IReadOnlyList<AspectCount> Aspects) CountsWithAspects(string publicationKey)
        {
            Reads++;
            return inner.CountsWithAspects(publicationKey);
        }

        public (long Posts, DateTimeOffset? LastPostAt) Activity(string publicationKey) => inner.Activity(publicationKey);
    }
}
