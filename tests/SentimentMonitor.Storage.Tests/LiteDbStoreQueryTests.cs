using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

public sealed class LiteDbStoreQueryTests : IDisposable
{
    private const string Nejm = "10.1056/nejmoa2214171";
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Query_ByPublicationAcrossPages_ReturnsAllNewestFirst()
    {
        using LiteDbStore store = _temp.Open();
        // 1,300 posts, one minute apart: more than two pages of index keys.
        store.UpsertBatch(Enumerable.Range(0, 1300).Select(i => Records.Make(i.ToString(), "u" + (i % 7), at: Records.Day0.AddMinutes(i))).ToArray());
        // A prefix-sharing publication key must not leak into the range.
        store.UpsertBatch([Records.Make("other", pubs: [Nejm + "0"])]);

        List<Post> all = store.Query(new PostQuery { PublicationKey = Nejm }).ToList();
        List<Post> page = store.Query(new PostQuery { PublicationKey = Nejm, Skip = 10, Limit = 5, OldestFirst = true }).ToList();

        Assert.Equal(1300, all.Count);
        Assert.Equal(all.OrderByDescending(p => p.CreatedAt).Select(p => p.Key), all.Select(p => p.Key));
        Assert.Equal(["x:10", "x:11", "x:12", "x:13", "x:14"], page.Select(p => p.Key));
        Assert.Equal(1300, store.Count(new PostQuery { PublicationKey = Nejm }));
        Assert.Equal(5, store.Count(new PostQuery { PublicationKey = Nejm, Skip = 10, Limit = 5 }));
    }

    [Fact]
    public void Query_FromTo_IncludesFromExcludesTo()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch(Enumerable.Range(0, 10).Select(i => Records.Make(i.ToString(), at: Records.Day0.AddHours(i))).ToArray());
        PostQuery range = new() { From = Records.Day0.AddHours(2), To = Records.Day0.AddHours(5), OldestFirst = true };

        Assert.Equal(["x:2", "x:3", "x:4"], store.Query(range with { PublicationKey = Nejm }).Select(p => p.Key));
        Assert.Equal(["x:2", "x:3", "x:4"], store.Query(range).Select(p => p.Key));
        Assert.Equal(3, store.Count(range with { PublicationKey = Nejm }));
    }

    [Fact]
    public void Query_FiltersByPlatformAuthorAndClassification()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch([Records.Make("1", "a"), Records.Make("2", "b", Platform.Bluesky), Records.Make("3", "a", at: Records.Day0.AddHours(1))]);
        store.SetMachineLabels([new PostLabels("x:1", Records.Prediction(Sentiment.Neutral), null, null)]);

        Assert.Equal(["bluesky:2"], store.Query(new PostQuery { Platform = Platform.Bluesky }).Select(p => p.Key));
        Assert.Equal(["x:3", "x:1"], store.Query(new PostQuery { AuthorKey = "x:a" }).Select(p => p.Key));
        Assert.Equal(["x:3", "bluesky:2"], store.Query(new PostQuery { UnclassifiedOnly = true, PublicationKey = Nejm }).Select(p => p.Key));
    }

    [Fact]
    public void Query_AllPostsSharingOneTimestampInSharedMode_EachOnceWhileOtherReadsRun()
    {
        using LiteDbStore store = _temp.Open(shared: true);
        // 1,200 posts with the same time (pages split inside the tie), plus a few later ones.
        store.UpsertBatch(Enumerable.Range(0, 1200).Select(i => Records.Make(i.ToString(), "u" + (i % 3))).ToArray());
        store.UpsertBatch(Enumerable.Range(1200, 5).Select(i => Records.Make(i.ToString(), at: Records.Day0.AddHours(1))).ToArray());

        List<string> keys = [];
        foreach (Post post in store.Query(new PostQuery()))
        {
            Assert.NotNull(store.GetAuthor(post.AuthorKey)); // a statement between reads must not break the walk
            keys.Add(post.Key);
        }

        Assert.Equal(1205, keys.Count);
        Assert.Equal(1205, keys.Distinct().Count());
        Assert.Equal(["x:1200", "x:1201", "x:1202", "x:1203", "x:1204"], keys.Take(5).Order());
    }
}
