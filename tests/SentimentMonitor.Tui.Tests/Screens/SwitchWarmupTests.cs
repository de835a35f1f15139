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
        ObservedStatistics? statistics = null;
        DashboardPorts Open()
        {
            LiteDbStore second = new(new LiteDbStoreOptions(_db.DatabasePath, ReadOnly: true, Shared: true));
            return new DashboardPorts(second, second, statistics = new ObservedStatistics(second));
        }

        await SwitchWarmup.Start(Open, _db.Store.Find(FixtureDatabase.Blina));

        Assert.Contains(FixtureDatabase.Blina, statistics!.Reads);
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
}
