using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Collection;

public sealed class CollectionServiceTests
{
    private static readonly Publication Paper = new() { Key = "10.1234/abc", Doi = "10.1234/abc" };

    private sealed class MapExpander : ILinkExpander
    {
        public Task<IReadOnlyDictionary<string, string>> ExpandAsync(IReadOnlyCollection<string> links, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(links.ToDictionary(l => l, _ => "https://doi.org/10.1234/abc"));
    }

    private static CollectionRequest Request(CollectionBudget? budget = null) =>
        new() { Publications = [Paper], AllPublications = [Paper], Budget = budget ?? CollectionBudget.Unlimited };

    [Fact]
    public async Task RunAsync_ThreePages_WritesEachPageWithItsCursorAndPromotesMarkAtEnd()
    {
        InMemoryPostRepository repo = new();
        ScriptedSource source = new("bluesky", [["a", "b"], ["c"], ["d"]]);
        CollectionService service = new(repo, [source], TimeProvider.System);

        CollectionSummary summary = await service.RunAsync(Request(), new CollectionMeter(CollectionBudget.Unlimited));

        Assert.Equal(3, repo.Batches.Count);
        Assert.All(repo.Batches, b => Assert.NotNull(b.Cursor));
        Assert.Equal("1", repo.Batches[0].Cursor!.PageCursor);
        CollectionCursor final = repo.Cursors.Values.Single();
        Assert.Null(final.PageCursor);
        Assert.Equal("hwm-3", final.HighWaterMark);
        Assert.Equal(4, summary.NewPosts);
        Assert.Equal(3, summary.Requests);
    }

    [Fact]
    public async Task RunAsync_BudgetStopsMidRun_NextRunResumesWithoutGapOrDuplicate()
    {
        InMemoryPostRepository repo = new();
        ScriptedSource source = new("bluesky", [["a", "b"], ["c", "d"], ["e"]]);
        CollectionService service = new(repo, [source], TimeProvider.System);

        CollectionSummary first = await service.RunAsync(Request(new CollectionBudget(MaxRequests: 1)), new CollectionMeter(new CollectionBudget(MaxRequests: 1)));
        CollectionSummary second = await service.RunAsync(Request(), new CollectionMeter(CollectionBudget.Unlimited));

        Assert.True(first.BudgetReached);
        Assert.Equal(2, first.NewPosts);
        Assert.Equal("1", source.Resumes[1].PageCursor);
        Assert.Equal(3, second.NewPosts);
        Assert.Equal(["bluesky:a", "bluesky:b", "bluesky:c", "bluesky:d", "bluesky:e"], repo.Posts.Keys.Order().ToArray());
    }

    [Fact]
    public async Task RunAsync_SourceFailsOnSecondPage_FirstPageKeptAndErrorReported()
    {
        InMemoryPostRepository repo = new();
        ScriptedSource source = new("x", [["a"], ["b"]]) { FailIndex = 1, FailAtPage = new SourceException("x", "HTTP 503 after 3 attempts") };
        CollectionService service = new(repo, [source], TimeProvider.System);

        CollectionSummary summary = await service.RunAsync(Request(), new CollectionMeter(CollectionBudget.Unlimited));

        Assert.Equal(["x: HTTP 503 after 3 attempts"], summary.Errors);
        Assert.Equal("1", repo.Cursors.Values.Single().PageCursor);
        Assert.Single(repo.Posts);
    }

    [Fact]
    public async Task RunAsync_WithExpander_ShortLinksReplacedAndPostMatched()
    {
        InMemoryPostRepository repo = new();
        CollectionService service = new(repo, [new ScriptedSource("x", [["a"]])], TimeProvider.System, new MapExpander());

        await service.RunAsync(Request(), new CollectionMeter(CollectionBudget.Unlimited));

        Post post = repo.Posts.Values.Single();
        Assert.Equal(["https://doi.org/10.1234/abc"], post.Links);
        Assert.Equal(MatchKind.DoiLink, Assert.Single(post.Matches).Kind);
    }

    [Fact]
    public async Task RunAsync_SourceFilter_SkipsOtherSources()
    {
        InMemoryPostRepository repo = new();
        ScriptedSource x = new("x", [["a"]]);
        ScriptedSource bsky = new("bluesky", [["b"]]);
        CollectionService service = new(repo, [x, bsky], TimeProvider.System);

        CollectionSummary summary = await service.RunAsync(Request() with { Sources = new HashSet<string> { "bluesky" } }, new CollectionMeter(CollectionBudget.Unlimited));

        Assert.Empty(x.Resumes);
        Assert.Equal(["bluesky"], summary.Sources.Keys);
        Assert.Equal(0m, summary.XEstimatedCost);
    }

    [Fact]
    public async Task Summary_XPostsRead_CostsHalfACentEach()
    {
        InMemoryPostRepository repo = new();
        CollectionService service = new(repo, [new ScriptedSource("x", [["a", "b", "c"], ["d"]])], TimeProvider.System);

        CollectionSummary summary = await service.RunAsync(Request(), new CollectionMeter(CollectionBudget.Unlimited));

        Assert.Equal(0.020m, summary.XEstimatedCost);
    }
}
