using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

public sealed class LiteDbStoreAggregateTests : IDisposable
{
    private const string Nejm = "10.1056/nejmoa2214171";
    private const string Other = "10.1001/jama.2024.1";
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ParsedRecord[] Mixed() =>
    [
        Records.Make("1", "a"),
        Records.Make("2", "a", at: Records.Day0.AddDays(1)),
        Records.Make("3", "b", Platform.Bluesky, pubs: [Nejm, Other]),
        Records.Make("4", "c", Platform.Mastodon, at: Records.Day0.AddDays(8), pubs: [Other]),
        Records.Make("5", "c", Platform.Mastodon, pubs: []),
    ];

    [Fact]
    public void Counts_AfterInserts_EqualPostsPerDayAndPlatform()
    {
        using LiteDbStore store = _temp.Open();

        store.UpsertBatch(Mixed());

        Assert.Equal(3, store.Counts(Nejm).Sum(c => c.Count));
        Assert.Equal(2, store.Counts(Other).Sum(c => c.Count));
        Assert.Contains(new ReactionCount(DateOnly.FromDateTime(Records.Day0.UtcDateTime), Platform.X, AuthorRole.Unknown, Specialty.Unknown, null, 1, 0), store.Counts(Nejm));
        Invariants.AssertAggregatesExact(store, Nejm, Other);
    }

    [Fact]
    public void Counts_AfterMachineThenHumanLabels_FollowTheLabelInEffect()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch(Mixed());

        store.SetMachineLabels([
            new PostLabels("x:1", Records.Prediction(Sentiment.Negative), true, [Aspect.Safety, Aspect.Efficacy]),
            new PostLabels("bluesky:3", Records.Prediction(Sentiment.Positive), false, null),
        ]);
        Invariants.AssertAggregatesExact(store, Nejm, Other);
        Assert.Equal(1, store.Counts(Nejm).Where(c => c.Sentiment == Sentiment.Negative).Sum(c => c.Evaluating));

        store.SetHumanLabels("x:1", Sentiment.Positive, [Aspect.CostAccess]);
        Invariants.AssertAggregatesExact(store, Nejm, Other);
        Assert.Equal(0, store.Counts(Nejm).Where(c => c.Sentiment == Sentiment.Negative).Sum(c => c.Count));
        Assert.Equal([Aspect.CostAccess], store.AspectCounts(Nejm).Select(a => a.Aspect).Distinct());

        store.SetHumanLabels("x:1", null, null);
        Invariants.AssertAggregatesExact(store, Nejm, Other);
        Assert.Equal(1, store.Counts(Nejm).Where(c => c.Sentiment == Sentiment.Negative).Sum(c => c.Count));
    }

    [Fact]
    public void Counts_AfterAuthorRoleChange_MoveAllTheirPosts()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch(Mixed());

        store.SetMachineAuthorLabels([("x:a", Records.Clinician(Specialty.Cardiology))]);
        Assert.Equal(2, store.Counts(Nejm).Where(c => c.Role == AuthorRole.Clinician && c.Specialty == Specialty.Cardiology).Sum(c => c.Count));
        Invariants.AssertAggregatesExact(store, Nejm, Other);

        store.SetHumanAuthorLabel("x:a", new AuthorClassification(AuthorRole.Public, Specialty.Unknown, CareerStage.Unknown, [], "human"));
        Assert.Equal(0, store.Counts(Nejm).Where(c => c.Role == AuthorRole.Clinician).Sum(c => c.Count));
        Invariants.AssertAggregatesExact(store, Nejm, Other);

        store.SetHumanAuthorLabel("x:a", null);
        Assert.Equal(2, store.Counts(Nejm).Where(c => c.Role == AuthorRole.Clinician).Sum(c => c.Count));
        Invariants.AssertAggregatesExact(store, Nejm, Other);
    }

    [Fact]
    public void SetMatches_ClaimingAnUnmatchedPost_MovesItIntoThePublication()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch(Mixed());
        Assert.Equal(1, store.CountUnmatched());

        store.SetMatches([("mastodon:5", [new PublicationMatch(Nejm, MatchKind.Keyword, "#blinatumomab")]), ("x:1", [])]);

        Assert.Equal(["x:1"], store.Query(new PostQuery { UnmatchedOnly = true }).Select(p => p.Key));
        Assert.Equal(1, store.MatchKinds(Nejm)[MatchKind.Keyword]);
        Invariants.AssertAggregatesExact(store, Nejm, Other);
    }

    [Fact]
    public void Activity_ReportsCountAndNewestPostTime()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch(Mixed());

        (long posts, DateTimeOffset? last) = store.Activity(Other);

        Assert.Equal(2, posts);
        Assert.Equal(Records.Day0.AddDays(8), last);
        Assert.Equal((0L, (DateTimeOffset?)null), store.Activity("10.9999/none"));
    }
}
