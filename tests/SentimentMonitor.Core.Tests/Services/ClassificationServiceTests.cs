using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Services;

namespace SentimentMonitor.Core.Tests.Services;

public class ClassificationServiceTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Post MakePost(int i, string text, string? publication = "10.1/a", SentimentPrediction? existing = null) => new()
    {
        Platform = Platform.Bluesky,
        PlatformId = $"p{i}",
        CreatedAt = T0.AddMinutes(i),
        AuthorKey = "bluesky:a",
        AuthorHandle = "a",
        Text = text,
        Matches = publication is null ? [] : [new PublicationMatch(publication, MatchKind.DoiLink, publication)],
        Sentiment = existing,
    };

    private sealed class OnePublication : IPublicationRepository
    {
        public void Upsert(Publication publication) => throw new NotSupportedException();
        public IReadOnlyList<Publication> GetAll() => [Find("10.1/a")!];
        public Publication? Find(string identifier) => identifier == "10.1/a" ? new Publication { Key = "10.1/a", Title = "A Trial of Things" } : null;
    }

    [Fact]
    public void Run_UnclassifiedOnly_LabelsOnlyPostsWithoutLabelInBatches()
    {
        InMemoryPosts repo = new();
        SentimentPrediction old = new(Sentiment.Negative, 1, 0, 0, "old");
        for (int i = 0; i < 7; i++)
            repo.Posts.Add(MakePost(i, i % 2 == 0 ? "great toxic trial" : "New: flawed"));
        repo.Posts.Add(MakePost(100, "great", existing: old));
        KeywordClassifiers kw = new();
        List<ClassificationProgress> progress = [];

        ClassificationSummary summary = new ClassificationService(repo, kw, kw, kw, new OnePublication())
            .Run(new ClassificationRequest { BatchSize = 3 }, new SyncProgress<ClassificationProgress>(progress));

        Assert.Equal(7, summary.Classified);
        Assert.Equal(3, repo.LabelWrites); // 3 + 3 + 1
        Assert.Same(old, repo.GetPost("bluesky:p100")!.Sentiment);
        Post first = repo.GetPost("bluesky:p0")!;
        Assert.Equal(Sentiment.Positive, first.Sentiment!.Label);
        Assert.True(first.Evaluating);
        Assert.Equal([Aspect.Safety], first.Aspects);
        Post second = repo.GetPost("bluesky:p1")!;
        Assert.Equal(Sentiment.Negative, second.Sentiment!.Label);
        Assert.False(second.Evaluating);
        Assert.Empty(second.Aspects!);
        Assert.Equal(new ClassificationProgress(7, 7), progress[^1]);
        Assert.All(kw.TitlesSeen, t => Assert.Equal("A Trial of Things", t));
    }

    [Fact]
    public void Run_OneReactionClassifierForBoth_OnePassPerBatchAndBothVersions()
    {
        InMemoryPosts repo = new();
        for (int i = 0; i < 5; i++)
            repo.Posts.Add(MakePost(i, i % 2 == 0 ? "great toxic trial" : "New: flawed"));
        KeywordReactionClassifier reactions = new();

        ClassificationSummary summary = new ClassificationService(repo, new KeywordClassifiers(), reactions, reactions)
            .Run(new ClassificationRequest { BatchSize = 2 });

        Assert.Equal(3, reactions.OnePassCalls); // batches of 2 + 2 + 1
        Assert.Equal(0, reactions.SeparateCalls);
        Assert.Equal("kw-evaluating-2", summary.EvaluatingModel);
        Assert.Equal("kw-aspects-2", summary.AspectModel);
        Post first = repo.GetPost("bluesky:p0")!;
        Assert.True(first.Evaluating);
        Assert.Equal([Aspect.Safety], first.Aspects);
        Post second = repo.GetPost("bluesky:p1")!;
        Assert.False(second.Evaluating);
        Assert.Empty(second.Aspects!);
    }

    [Fact]
    public void Run_All_RelabelsEveryPostOfThePublication()
    {
        InMemoryPosts repo = new();
        SentimentPrediction old = new(Sentiment.Negative, 1, 0, 0, "old");
        for (int i = 0; i < 5; i++)
            repo.Posts.Add(MakePost(i, "great", existing: old));
        repo.Posts.Add(MakePost(50, "great", publication: null));
        KeywordClassifiers kw = new();

        ClassificationSummary summary = new ClassificationService(repo, kw).Run(new ClassificationRequest { All = true, BatchSize = 2, PublicationKey = "10.1/a" });

        Assert.Equal(5, summary.Classified);
        Assert.All(repo.Posts.Take(5), p => Assert.Equal("kw-1", p.Sentiment!.ModelVersion));
        Assert.Null(repo.GetPost("bluesky:p50")!.Sentiment);
        Assert.Null(repo.Posts[0].Evaluating); // no evaluating classifier given
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_PostsSharingTimestampsAcrossBatches_EachLabelledExactlyOnce(bool all)
    {
        InMemoryPosts repo = new();
        SentimentPrediction old = new(Sentiment.Negative, 1, 0, 0, "old");
        // 23 posts in 4 distinct minutes: every batch of 5 ends inside a run of equal timestamps.
        for (int i = 0; i < 23; i++)
            repo.Posts.Add(MakePost(i, "great", existing: all ? old : null) with { CreatedAt = T0.AddMinutes(i / 7) });
        KeywordClassifiers kw = new();

        ClassificationSummary summary = new ClassificationService(repo, kw).Run(new ClassificationRequest { All = all, BatchSize = 5 });

        Assert.Equal(23, summary.Classified);
        Assert.All(repo.Posts, p => Assert.Equal("kw-1", p.Sentiment!.ModelVersion));
        Assert.Equal(5, repo.LabelWrites); // 5 + 5 + 5 + 5 + 3
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_ManyBatches_ReadsEachPostAboutOnce(bool all)
    {
        InMemoryPosts repo = new();
        SentimentPrediction old = new(Sentiment.Negative, 1, 0, 0, "old");
        for (int i = 0; i < 1000; i++)
            repo.Posts.Add(MakePost(i, "great", existing: all ? old : null));

        new ClassificationService(repo, new KeywordClassifiers()).Run(new ClassificationRequest { All = all, BatchSize = 10 });

        // Skip paging (or re-reading the unlabelled posts from the start) would walk ~50,000 posts for 100 pages; each
        // keyset page walks its own posts plus the one at its edge.
        Assert.InRange(repo.Scanned, 1000, 1000 + 100 * 2 + 1000); // + Count's walk
    }

    [Fact]
    public void Run_Cancelled_KeepsFinishedBatches()
    {
        InMemoryPosts repo = new();
        for (int i = 0; i < 6; i++)
            repo.Posts.Add(MakePost(i, "great"));
        using CancellationTokenSource cts = new();
        KeywordClassifiers kw = new();
        ClassificationService service = new(repo, kw);

        Assert.Throws<OperationCanceledException>(() => service.Run(
            new ClassificationRequest { BatchSize = 2 },
            new SyncProgress<ClassificationProgress>(p => { if (p.Done == 2) cts.Cancel(); }),
            cts.Token));

        Assert.Equal(2, repo.Posts.Count(p => p.Sentiment is not null));
        Assert.Equal(4, new ClassificationService(repo, kw).Run(new ClassificationRequest()).Classified);
    }

    private sealed class SyncProgress<T>(Action<T> onReport) : IProgress<T>
    {
        public SyncProgress(List<T> into) : this(into.Add) { }
        public void Report(T value) => onReport(value);
    }
}
