using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Screens;
using SentimentMonitor.Tui.Tests.Fixtures;
using Terminal.Gui.Time;

namespace SentimentMonitor.Tui.Tests.Screens;

public sealed class RefreshAndLiveTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    [Fact]
    public void RefreshTimer_PostWrittenByAnotherWriter_AppearsWithoutRestart()
    {
        VirtualTimeProvider time = new();
        using Harness ui = new(_db.Ports, 120, 40, new DashboardOptions { RefreshInterval = TimeSpan.FromSeconds(5) }, time);
        DashboardApp.StartRefreshTimer(ui.App, ui.Window);
        ui.Press(Terminal.Gui.Input.Key.Enter);
        Assert.Contains("│12 posts · clinicians 7", ui.Screen);

        using (LiteDbStore other = new(new LiteDbStoreOptions(_db.DatabasePath, Shared: true)))
            other.UpsertBatch([NewPost("n1")]);
        time.Advance(TimeSpan.FromSeconds(6));
        ui.App.TimedEvents!.RunTimers();

        Assert.Contains("│13 posts · clinicians 7", ui.Screen);
        Assert.Contains("Posts: 13 posts", ui.Screen);
        Assert.Contains("Breaking: still reading it", ui.Screen);
    }

    [Fact]
    public void RefreshTimer_LabelChangedByAnotherWriter_HeadlineFollowsOnTheNextPoll()
    {
        VirtualTimeProvider time = new();
        using Harness ui = new(_db.Ports, 120, 40, new DashboardOptions { RefreshInterval = TimeSpan.FromSeconds(5) }, time);
        DashboardApp.StartRefreshTimer(ui.App, ui.Window);
        ui.Press(Terminal.Gui.Input.Key.Enter);
        Assert.Contains("clin. net +0.43 ±0.56 n=7", ui.Screen);

        // Another process turns the clinician's negative "Worried about CRS" post positive: no post is added.
        using (LiteDbStore other = new(new LiteDbStoreOptions(_db.DatabasePath, Shared: true)))
            other.SetHumanLabels(PostKeys.For(Platform.Bluesky, "b3"), Sentiment.Positive, null);
        time.Advance(TimeSpan.FromSeconds(6));
        ui.App.TimedEvents!.RunTimers();

        Assert.Contains("│12 posts · clinicians 7 · clin. net +0.71", ui.Screen);
    }

    [Fact]
    public void LiveKey_NoCollectorInThisHost_SaysWhereToCollect()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        ui.Press(Terminal.Gui.Input.Key.Enter);

        ui.Type("L");

        Assert.StartsWith("Live collection is not available in this host; run `sentimentmonitor collect`", ui.Window.StatusText);
    }

    [Fact]
    public void LiveKey_NoCredentials_ShowsWhereToSetThem()
    {
        FakeLive live = new([new LiveSourceStatus("x", false, "set SENTIMENTMONITOR_X_BEARER_TOKEN"), new LiveSourceStatus("bluesky", false, "set SENTIMENTMONITOR_BSKY_HANDLE and SENTIMENTMONITOR_BSKY_APP_PASSWORD")]);
        using Harness ui = new(_db.Ports, 120, 40, new DashboardOptions { Live = live });
        ui.Press(Terminal.Gui.Input.Key.Enter);

        ui.Type("L");

        Assert.StartsWith("No credentials for x, bluesky: set SENTIMENTMONITOR_X_BEARER_TOKEN; set SENTIMENTMONITOR_BSKY_HANDLE", ui.Window.StatusText);
        Assert.Equal(0, live.Runs);
    }

    [Fact]
    public void LiveKey_Ready_RunsForThePaperAndReportsProgress()
    {
        FakeLive live = new([new LiveSourceStatus("mastodon", true)]);
        using Harness ui = new(_db.Ports, 120, 40, new DashboardOptions { Live = live });
        ui.Press(Terminal.Gui.Input.Key.Enter);

        ui.Type("L");
        Assert.True(live.Finished.Wait(TimeSpan.FromSeconds(10)));
        for (int i = 0; i < 50 && !ui.Window.StatusText.StartsWith("collected", StringComparison.Ordinal); i++)
        {
            Thread.Sleep(20);
            ui.App.TimedEvents!.RunTimers(); // Invoke from the worker is queued for the UI loop
            ui.App.LayoutAndDraw();
        }

        Assert.Equal([FixtureDatabase.Blina], live.Publications);
        Assert.StartsWith("collected · mastodon: 2 req, 10 read, 3 new, done", ui.Window.StatusText);
    }

    [Fact]
    public void LiveKey_SomeSourcesLackCredentials_RunsTheOthersAndNamesTheSkippedOnes()
    {
        FakeLive live = new([new LiveSourceStatus("mastodon", true), new LiveSourceStatus("x", false, "set SENTIMENTMONITOR_X_BEARER_TOKEN")]);
        using Harness ui = new(_db.Ports, 120, 40, new DashboardOptions { Live = live });
        ui.Press(Terminal.Gui.Input.Key.Enter);

        ui.Type("L");
        Assert.True(live.Finished.Wait(TimeSpan.FromSeconds(10)));
        for (int i = 0; i < 50 && !ui.Window.StatusText.StartsWith("collected", StringComparison.Ordinal); i++)
        {
            Thread.Sleep(20);
            ui.App.TimedEvents!.RunTimers();
            ui.App.LayoutAndDraw();
        }

        Assert.StartsWith("collected · mastodon: 2 req, 10 read, 3 new, done · no credentials: x (F1)", ui.Window.StatusText);
        ui.Press(Terminal.Gui.Input.Key.F1);
        Assert.Contains("Last live run: No credentials for x: set SENTIMENTMONITOR_X_BEARER_TOKEN", ui.Screen);
    }

    private static ParsedRecord NewPost(string id)
    {
        Author a = new() { Platform = Platform.X, AccountId = "303", Handle = "newcomer", ProfileSeenAt = FixtureDatabase.Day0 };
        Post p = new()
        {
            Platform = Platform.X,
            PlatformId = id,
            CreatedAt = FixtureDatabase.Day0.AddDays(12),
            AuthorKey = a.Key,
            AuthorHandle = a.Handle,
            Text = "Breaking: still reading it",
            Matches = [new PublicationMatch(FixtureDatabase.Blina, MatchKind.DoiLink, "doi")],
        };
        return new ParsedRecord(p, a);
    }

    private sealed class FakeLive(IReadOnlyList<LiveSourceStatus> sources) : ILiveCollection
    {
        public int Runs;
        public List<string> Publications { get; } = [];
        public ManualResetEventSlim Finished { get; } = new();

        public IReadOnlyList<LiveSourceStatus> Sources() => sources;

        public Task RunAsync(string publicationKey, IProgress<LiveProgress> progress, CancellationToken cancellation)
        {
            Interlocked.Increment(ref Runs);
            Publications.Add(publicationKey);
            progress.Report(new LiveProgress("mastodon", 1, 5, 1));
            progress.Report(new LiveProgress("mastodon", 2, 10, 3, Finished: true));
            Finished.Set();
            return Task.CompletedTask;
        }
    }

    public void Dispose() => _db.Dispose();
}
