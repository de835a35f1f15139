using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Screens;
using SentimentMonitor.Tui.Tests.Fixtures;

namespace SentimentMonitor.Tui.Tests.Screens;

public sealed class SwitchWarmupTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Start_WithItsOwnConnection_ReadsThePaperThroughIt()
    {
        List<string> read = [];
        DashboardPorts Open()
        {
            LiteDbStore second = new(new LiteDbStoreOptions(_db.DatabasePath, ReadOnly: true, Shared: true));
            return new DashboardPorts(second, second, new RecordingStatistics(second, read));
        }

        await SwitchWarmup.Start(Open, _db.Store.Find(FixtureDatabase.Blina));

        Assert.Contains(FixtureDatabase.Blina, read);
    }

    [Fact]
    public async Task Start_ConnectionFails_CompletesWithoutFaulting()
    {
        Task warmup = SwitchWarmup.Start(() => throw new StorageException("cannot open"), _db.Store.Find(FixtureDatabase.Blina));

        await warmup;

        Assert.True(warmup.IsCompletedSuccessfully);
    }

    [Fact]
    public void Start_NoPaper_DoesNothing() => Assert.Same(Task.CompletedTask, SwitchWarmup.Start(() => throw new InvalidOperationException(), null));

    /// <summary>Records which papers' counts were read.</summary>
    private sealed class RecordingStatistics(IReactionStatistics inner, List<string> read) : IReactionStatistics
    {
        public IReadOnlyList<ReactionCount> Counts(string publicationKey) => inner.Counts(publicationKey);

        public IReadOnlyList<AspectCount> AspectCounts(string publicationKey) => inner.AspectCounts(publicationKey);

        public (IReadOnlyList<ReactionCount> Counts, IReadOnlyList<AspectCount> Aspects) CountsWithAspects(string publicationKey)
        {
            lock (read)
                read.Add(publicationKey);
            return inner.CountsWithAspects(publicationKey);
        }

        public (long Posts, DateTimeOffset? LastPostAt) Activity(string publicationKey) => inner.Activity(publicationKey);
    }
}
