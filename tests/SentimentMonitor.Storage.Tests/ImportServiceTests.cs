using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Import;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

public sealed class ImportServiceTests : IDisposable
{
    private const string Nejm = "10.1056/nejmoa2214171";
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Every even-numbered post cites the paper.</summary>
    private static IReadOnlyList<PublicationMatch> EvenIdsCite(Post post) =>
        long.Parse(post.PlatformId) % 2 == 0 ? [new PublicationMatch(Nejm, MatchKind.DoiText, "10.1056/NEJMoa2214171")] : [];

    [Fact]
    public void Import_GoodAndBadRecords_CountsAndReportsEach()
    {
        using LiteDbStore store = _temp.Open();
        ImportService service = new(store, EvenIdsCite, new ImportOptions(BatchSize: 7));
        List<string> rejected = [];
        List<ImportProgress> progress = [];

        ImportSummary summary = service.Import(ListParser.Of(50, 3, 20), Stream.Null, "f.jsonl", r => rejected.Add(r.ToString()), progress.Add);

        Assert.Equal(new ImportSummary(52, 50, 0, 25, 2), summary);
        Assert.Equal(["f.jsonl:3: not JSON", "f.jsonl:20: not JSON"], rejected);
        Assert.Equal(52, progress[^1].Read);
        Assert.Equal(50, store.CountPosts());
        Assert.Equal(25, store.Count(new PostQuery { PublicationKey = Nejm }));
        Invariants.AssertAggregatesExact(store, Nejm);
    }

    [Fact]
    public void Import_SameFileTwice_SecondRunAddsNothing()
    {
        using LiteDbStore store = _temp.Open();
        ImportService service = new(store, EvenIdsCite, new ImportOptions(BatchSize: 10));
        service.Import(ListParser.Of(30), Stream.Null, "f");

        ImportSummary again = service.Import(ListParser.Of(30), Stream.Null, "f");

        Assert.Equal(new ImportSummary(30, 0, 30, 15, 0), again);
        Assert.Equal(30, store.CountPosts());
    }

    [Fact]
    public void Import_StrictWithBadRecord_StopsAndWritesNothingOfThatBatch()
    {
        using LiteDbStore store = _temp.Open();
        ImportService service = new(store, EvenIdsCite, new ImportOptions(BatchSize: 10, Strict: true));

        ImportSummary summary = service.Import(ListParser.Of(40, 25), Stream.Null, "f");

        Assert.Equal("f.jsonl:25: not JSON", summary.StoppedAt?.ToString());
        Assert.Equal(20, summary.New);
        Assert.Equal(4, summary.NotWritten);
        Assert.Equal(20, store.CountPosts()); // lines 1–20 in two whole batches; 21–24 shared the bad record's batch
    }

    [Fact]
    public void Rematch_AfterTrackingWhatUnmatchedPostsCite_ClaimsThem()
    {
        using LiteDbStore store = _temp.Open();
        new ImportService(store, _ => []).Import(ListParser.Of(10), Stream.Null, "f");
        Assert.Equal(10, store.CountUnmatched());

        long changed = new RematchService(store, batchSize: 3).Rematch(EvenIdsCite);

        Assert.Equal(5, changed);
        Assert.Equal(5, store.CountUnmatched());
        Assert.Equal(5, store.Count(new PostQuery { PublicationKey = Nejm }));
        Assert.Equal(0, new RematchService(store).Rematch(EvenIdsCite));
        Invariants.AssertAggregatesExact(store, Nejm);
    }

    [Fact]
    public void Import_Cancelled_ThrowsAndKeepsWholeBatches()
    {
        using LiteDbStore store = _temp.Open();
        using CancellationTokenSource cts = new();
        ImportService service = new(store, EvenIdsCite, new ImportOptions(BatchSize: 10));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            service.Import(ListParser.Of(100), Stream.Null, "f", onProgress: p => { if (p.Written >= 30) cts.Cancel(); }, cancellationToken: cts.Token));

        Assert.Equal(0, store.CountPosts() % 10);
        Assert.InRange(store.CountPosts(), 30, 40);
    }
}
