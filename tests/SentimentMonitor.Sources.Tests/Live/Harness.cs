using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Sources.Live.Http;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// Wires one test: a driven fake clock, a temp folder with a real LiteDB file, the resilient HttpClient and
/// settings pointing at a loopback server. Runs <see cref="CollectionService"/> for one publication.
/// </summary>
public sealed class Harness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public Harness(SourceHttpOptions? options = null)
    {
        Clock = new DrivenClock(Start);
        Folder = Path.Combine(Path.GetTempPath(), "sm-collect-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Store = LiteDbStore.Open(Path.Combine(Folder, "monitor.db"));
        Options = options ?? new SourceHttpOptions { AttemptTimeout = TimeSpan.FromHours(1) };
        Http = SourceHttpClientFactory.Create(Clock.Time, Options);
    }

    public DrivenClock Clock { get; }
    public string Folder { get; }
    public LiteDbStore Store { get; }
    public SourceHttpOptions Options { get; }
    public HttpClient Http { get; }
    public List<CollectionProgress> Progress { get; } = [];

    public Publication Paper { get; init; } = new()
    {
        Key = "10.1056/nejmoa2214171",
        Doi = "10.1056/nejmoa2214171",
        Title = "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia",
        Keywords = ["#MedSky"],
    };

    public SourceSettings Settings(Uri server, string? xToken = "test-x-bearer-secret-123", IReadOnlyList<Uri>? mastodon = null) => new()
    {
        XBearerToken = xToken,
        XBaseUrl = server,
        BlueskyHandle = "clinician.bsky.social",
        BlueskyAppPassword = "app-pass-word-secret",
        BlueskyBaseUrl = server,
        MastodonInstances = mastodon ?? [server],
        BlueskySessionPath = Path.Combine(Folder, "state", "bluesky-session.json"),
    };

    public async Task<CollectionSummary> RunAsync(IPostSource source, CollectionBudget? budget = null, CollectionWindow? window = null)
    {
        CollectionService service = new(Store, [source], Clock.Time);
        CollectionRequest request = new()
        {
            Publications = [Paper],
            AllPublications = [Paper],
            Window = window ?? new CollectionWindow(),
            Budget = budget ?? CollectionBudget.Unlimited,
        };
        SyncProgress progress = new(Progress);
        return await service.RunAsync(request, new CollectionMeter(request.Budget, progress)).WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>The stored cursor of the source's only query for the paper (asserts there is one query).</summary>
    public CollectionCursor Cursor(IPostSource source, CollectionWindow? window = null)
    {
        CollectionQuery query = Assert.Single(source.QueriesFor(Paper, window ?? new CollectionWindow()));
        CollectionCursor key = new() { PublicationKey = Paper.Key, Source = query.Source, Query = query.Text };
        return Store.GetCursor(key.Key) ?? throw new Xunit.Sdk.XunitException("no cursor stored for " + key.Key);
    }

    public IReadOnlyList<string> StoredIds(Platform platform) =>
        Store.Query(new Core.Ports.PostQuery { Platform = platform, OldestFirst = true }).Select(p => p.PlatformId).Order(StringComparer.Ordinal).ToList();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Store.Dispose();
        await Clock.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }

    private sealed class SyncProgress(List<CollectionProgress> sink) : IProgress<CollectionProgress>
    {
        public void Report(CollectionProgress value)
        {
            lock (sink)
                sink.Add(value);
        }
    }
}
