using SentimentMonitor.Sources.Live;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Live.Mastodon;

namespace SentimentMonitor.Sources.Tests.Live;

public sealed class MastodonPostSourceTests
{
    private static readonly Publication TagOnly = new() { Key = "pub:tag", Keywords = ["#MedSky"] };

    private static MastodonPostSource Source(Harness h, params LoopbackServer[] instances) =>
        new(h.Http, h.Settings(instances[0].BaseUrl, mastodon: instances.Select(i => i.BaseUrl).ToList()), LiveMappers.MastodonStatus);

    [Fact]
    public async Task Collect_PaperWithDoiButNoHashtag_NoteAsksForAHashtagNotADoi()
    {
        Publication doiOnly = new() { Key = "10.1056/nejmoa2307563", Doi = "10.1056/nejmoa2307563", Title = "Semaglutide and Cardiovascular Outcomes in Obesity without Diabetes" };
        await using Harness h = new() { Paper = doiOnly };
        await using LoopbackServer server = await LoopbackServer.StartAsync(new MastodonServer(h.Clock.Time).HandleAsync, h.Clock.Time);

        CollectionSummary summary = await h.RunAsync(Source(h, server));

        string note = Assert.Single(summary.Notes);
        Assert.Contains("nothing to search for 10.1056/nejmoa2307563", note);
        Assert.Contains("#hashtag", note);
        Assert.DoesNotContain("DOI", note);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Collect_TwoInstancesSharingStatuses_StoresEachCanonicalUriOnce()
    {
        await using Harness h = new() { Paper = TagOnly };
        MastodonServer a = new(h.Clock.Time);
        MastodonServer b = new(h.Clock.Time) { Host = "b.example" };
        a.Add(Enumerable.Range(1, 90), 110_000_000_000_000_000);
        b.Add(Enumerable.Range(60, 50), 220_000_000_000_000_000); // 60..89 also on a, 90..109 only here
        await using LoopbackServer sa = await LoopbackServer.StartAsync(a.HandleAsync, h.Clock.Time);
        await using LoopbackServer sb = await LoopbackServer.StartAsync(b.HandleAsync, h.Clock.Time);

        CollectionSummary summary = await h.RunAsync(Source(h, sa, sb));

        Assert.Empty(summary.Errors);
        Assert.Equal(Enumerable.Range(1, 109).Select(MastodonServer.Uri).Order(StringComparer.Ordinal), h.StoredIds(Platform.Mastodon));
        Assert.Equal(140, summary.Sources["mastodon"].PostsRead);
        Assert.Equal(109, summary.Sources["mastodon"].NewPosts);
        // 90 statuses at 40 a page: 3 pages, then an empty page ends the walk.
        Assert.Equal(["", "110000000000000051", "110000000000000011", "110000000000000001"],
            sa.To("/api/v1/timelines/tag/MedSky").Select(r => r.Query("max_id") ?? "").ToArray());
    }

    [Fact]
    public async Task Collect_SecondRun_WalksForwardWithMinIdAndStopsOnEmpty()
    {
        await using Harness h = new() { Paper = TagOnly };
        MastodonServer a = new(h.Clock.Time);
        a.Add(Enumerable.Range(1, 30), 110_000_000_000_000_000);
        await using LoopbackServer sa = await LoopbackServer.StartAsync(a.HandleAsync, h.Clock.Time);
        MastodonPostSource source = Source(h, sa);
        await h.RunAsync(source);
        Assert.Equal("110000000000000030", h.Cursor(source).HighWaterMark);

        a.Add(Enumerable.Range(31, 45), 110_000_000_000_000_000);
        CollectionSummary second = await h.RunAsync(source);

        Assert.Equal(45, second.NewPosts);
        Assert.Equal(Enumerable.Range(1, 75).Select(MastodonServer.Uri).Order(StringComparer.Ordinal), h.StoredIds(Platform.Mastodon));
        string[] minIds = sa.To("/api/v1/timelines/tag/MedSky").Skip(2).Select(r => r.Query("min_id") ?? "").ToArray();
        Assert.Equal(["110000000000000030", "110000000000000070", "110000000000000075"], minIds);
        Assert.Equal("110000000000000075", h.Cursor(source).HighWaterMark);
    }

    [Fact]
    public async Task Collect_LinkHeaderLoop_StopsWithNoteAndNoDuplicates()
    {
        await using Harness h = new() { Paper = TagOnly };
        MastodonServer a = new(h.Clock.Time) { LinkLoop = true };
        a.Add(Enumerable.Range(1, 100), 110_000_000_000_000_000);
        await using LoopbackServer sa = await LoopbackServer.StartAsync(a.HandleAsync, h.Clock.Time);

        CollectionSummary summary = await h.RunAsync(Source(h, sa));

        Assert.Contains(summary.Notes, n => n.Contains("Link header loop"));
        Assert.InRange(sa.To("/api/v1/timelines/tag/MedSky").Count, 2, 3);
        Assert.Equal(80, h.StoredIds(Platform.Mastodon).Count);
    }

    [Fact]
    public async Task Collect_429WithIsoReset_WaitsUntilResetThenCompletes()
    {
        await using Harness h = new() { Paper = TagOnly };
        MastodonServer a = new(h.Clock.Time, Fault.RateLimited);
        a.Add(Enumerable.Range(1, 60), 110_000_000_000_000_000);
        await using LoopbackServer sa = await LoopbackServer.StartAsync(a.HandleAsync, h.Clock.Time);

        CollectionSummary summary = await h.RunAsync(Source(h, sa));

        Assert.Equal(60, h.StoredIds(Platform.Mastodon).Count);
        List<LoggedRequest> page2 = sa.To("/api/v1/timelines/tag/MedSky").Where(r => r.Query("max_id") == "110000000000000021").ToList();
        Assert.Equal(2, page2.Count);
        Assert.True(page2[1].At >= a.LastReset!.Value);
        Assert.True(page2[1].At <= a.LastReset!.Value.AddSeconds(16), $"waited too long: {page2[1].At - a.LastReset}");
        Assert.InRange(summary.Sources["mastodon"].Waiting.TotalSeconds, 45, 62);
    }

    [Fact]
    public async Task Collect_EmptyTimeline_CompletesWithoutMark()
    {
        await using Harness h = new() { Paper = TagOnly };
        MastodonServer a = new(h.Clock.Time);
        await using LoopbackServer sa = await LoopbackServer.StartAsync(a.HandleAsync, h.Clock.Time);
        MastodonPostSource source = Source(h, sa);

        CollectionSummary summary = await h.RunAsync(source);

        Assert.Empty(summary.Errors);
        Assert.Single(sa.To("/api/v1/timelines/tag/MedSky"));
        Assert.Null(h.Cursor(source).HighWaterMark);
        Assert.Null(h.Cursor(source).PageCursor);
    }
}
