using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

public sealed class LiteDbStoreUpsertTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void UpsertBatch_SameBatchTwice_AddsNothing()
    {
        using LiteDbStore store = _temp.Open();
        ParsedRecord[] batch = [Records.Make("1"), Records.Make("2", "u2"), Records.Make("3", pubs: [])];

        WriteResult first = store.UpsertBatch(batch);
        WriteResult second = store.UpsertBatch(batch);

        Assert.Equal(new WriteResult(3, 0), first);
        Assert.Equal(new WriteResult(0, 3), second);
        Assert.Equal(3, store.CountPosts());
        Assert.Equal(2, store.Count(new PostQuery { PublicationKey = "10.1056/nejmoa2214171" }));
        Invariants.AssertAggregatesExact(store, "10.1056/nejmoa2214171");
    }

    [Fact]
    public void UpsertBatch_PostRoundTrip_KeepsEveryFieldExactly()
    {
        using LiteDbStore store = _temp.Open();
        ParsedRecord record = Records.Make("42", text: "  padded text with trailing space  ");
        Post original = record.Post with { Url = "", Language = null, Relation = PostRelation.Quote, ReferencedPostId = "41" };

        store.UpsertBatch([record with { Post = original }]);
        Post? stored = store.GetPost("x:42");

        Assert.NotNull(stored);
        Assert.Equal(original.Text, stored.Text);
        Assert.Equal("", stored.Url);
        Assert.Null(stored.Language);
        Assert.Equal(original.RawJson, stored.RawJson);
        Assert.Equal(original.CreatedAt, stored.CreatedAt);
        Assert.Equal(original.Links, stored.Links);
        Assert.Equal(original.Matches, stored.Matches);
        Assert.Equal(original.Metrics, stored.Metrics);
        Assert.Equal(PostRelation.Quote, stored.Relation);
        Assert.Equal("41", stored.ReferencedPostId);
        Assert.Equal("42", stored.PlatformId);
    }

    [Fact]
    public void UpsertBatch_ReimportAfterLabels_KeepsMachineAndHumanLabels()
    {
        using LiteDbStore store = _temp.Open();
        ParsedRecord record = Records.Make("1");
        store.UpsertBatch([record]);
        store.SetMachineLabels([new PostLabels("x:1", Records.Prediction(Sentiment.Negative), true, [Aspect.Safety])]);
        store.SetHumanLabels("x:1", Sentiment.Positive, [Aspect.Efficacy]);

        WriteResult again = store.UpsertBatch([record with { Post = record.Post with { Metrics = new PostMetrics(99) } }]);
        Post stored = store.GetPost("x:1")!;

        Assert.Equal(1, again.Duplicates);
        Assert.Equal(99, stored.Metrics.Likes);
        Assert.Equal(Sentiment.Negative, stored.Sentiment?.Label);
        Assert.Equal(Sentiment.Positive, stored.HumanSentiment);
        Assert.Equal([Aspect.Efficacy], stored.EffectiveAspects);
        Assert.True(stored.Evaluating);
        Invariants.AssertAggregatesExact(store, "10.1056/nejmoa2214171");
    }

    [Fact]
    public void UpsertBatch_NewerProfile_ReplacesBioAndKeepsLabels()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch([Records.Make("1", bio: "old bio")]);
        store.SetHumanAuthorLabel("x:u1", Records.Clinician(source: "human"));

        store.UpsertBatch([Records.Make("2", bio: "new bio", profileSeen: Records.Day0.AddDays(1))]);
        store.UpsertBatch([Records.Make("3", bio: "stale bio", profileSeen: Records.Day0.AddDays(-1))]);
        Author author = store.GetAuthor("x:u1")!;

        Assert.Equal("new bio", author.Bio);
        Assert.Equal(AuthorRole.Clinician, author.Human?.Role);
        Assert.Equal(["x:u1"], store.FindAuthorsByHandle("@H_U1").Select(a => a.Key));
        Invariants.AssertAggregatesExact(store, "10.1056/nejmoa2214171");
    }

    [Fact]
    public void UpsertBatch_WithCursor_SavesCursorWithPosts()
    {
        using LiteDbStore store = _temp.Open();
        CollectionCursor cursor = new() { PublicationKey = "p", Source = "x", Query = "q", PageCursor = "next-1", UpdatedAt = Records.Day0 };

        store.UpsertBatch([Records.Make("1")], cursor);

        Assert.Equal(cursor, store.GetCursor(cursor.Key));
    }

    [Fact]
    public void UpsertBatch_FailingRecord_WritesNeitherPostsNorCursor()
    {
        using LiteDbStore store = _temp.Open();
        CollectionCursor cursor = new() { PublicationKey = "p", Source = "x", Query = "q", PageCursor = "next-1", UpdatedAt = Records.Day0 };
        // A key longer than LiteDB's 1,023-byte index limit fails inside the transaction, after a good post.
        ParsedRecord tooLong = Records.Make(new string('9', 2000));

        Assert.Throws<StorageException>(() => store.UpsertBatch([Records.Make("1"), tooLong], cursor));

        Assert.Equal(0, store.CountPosts());
        Assert.Null(store.GetCursor(cursor.Key));
        Assert.Empty(store.Counts("10.1056/nejmoa2214171"));
        Assert.Equal(new WriteResult(1, 0), store.UpsertBatch([Records.Make("1")]));
    }

    [Fact]
    public void UpsertBatch_FewKeysSpanningManyStored_FindsExactlyTheStoredOnes()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch(Enumerable.Range(100, 100).Select(i => Records.Make(i.ToString())).ToArray());

        // Three keys whose span holds 100 stored posts: the key-only span read gives way to per-key seeks.
        WriteResult result = store.UpsertBatch([Records.Make("100"), Records.Make("150a"), Records.Make("199")]);

        Assert.Equal(new WriteResult(1, 2), result);
        Assert.Equal(101, store.CountPosts());
        Invariants.AssertAggregatesExact(store, "10.1056/nejmoa2214171");
    }
}
