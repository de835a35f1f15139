using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Sources.Live.Bluesky;
using SentimentMonitor.Sources.Live.Mastodon;
using SentimentMonitor.Sources.Live.X;
using Xunit.Abstractions;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// Requests per 1,000 posts and time spent waiting, per source, measured on the loopback servers (numbers go to
/// the test output; bounds keep them from regressing). Not timing: request counts and fake-clock waits only.
/// </summary>
public sealed class RequestCostMeasurementTests(ITestOutputHelper output)
{
    private void Report(string source, CollectionSummary s, string name)
    {
        SourceTotals t = s.Sources[name];
        output.WriteLine($"{source}: {t.Requests} requests for {t.PostsRead} posts = {1000.0 * t.Requests / t.PostsRead:0.0} per 1,000 posts; waiting {t.Waiting.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task X_RequestsPer1000Posts_AboutTenPlusOneRateLimitWindow()
    {
        await using Harness h = new();
        XServer x = new(h.Clock.Time, Fault.RateLimited);
        await using LoopbackServer server = await LoopbackServer.StartAsync(x.HandleAsync, h.Clock.Time);

        CollectionSummary s = await h.RunAsync(new XPostSource(h.Http, h.Settings(server.BaseUrl), LiveMappers.XPage, h.Clock.Time));

        Report("x (recent, one 429)", s, "x");
        Assert.InRange(1000.0 * s.Sources["x"].Requests / s.Sources["x"].PostsRead, 10, 20);
    }

    [Fact]
    public async Task Bluesky_RequestsPer1000Posts_SearchPlusProfileBatches()
    {
        await using Harness h = new() { Paper = new Publication { Key = "pub:u", Urls = ["https://nejm.org/doi/full/10.1056/x"] } };
        BlueskyServer b = new(h.Clock.Time);
        await using LoopbackServer server = await LoopbackServer.StartAsync(b.HandleAsync, h.Clock.Time);
        SourceSettings settings = h.Settings(server.BaseUrl);

        CollectionSummary s = await h.RunAsync(new BlueskyPostSource(new BlueskyClient(h.Http, settings, new BlueskySessionStore(settings.BlueskySessionPath)), LiveMappers.BlueskyPost, h.Clock.Time));

        Report("bluesky (60 posts, 60 authors: login + search + getProfiles)", s, "bluesky");
        Assert.InRange(1000.0 * s.Sources["bluesky"].Requests / s.Sources["bluesky"].PostsRead, 50, 120);
    }

    [Fact]
    public async Task Mastodon_RequestsPer1000Posts_FortyPerPage()
    {
        await using Harness h = new() { Paper = new Publication { Key = "pub:t", Keywords = ["#MedSky"] } };
        MastodonServer m = new(h.Clock.Time);
        m.Add(Enumerable.Range(1, 1000), 110_000_000_000_000_000);
        await using LoopbackServer server = await LoopbackServer.StartAsync(m.HandleAsync, h.Clock.Time);

        CollectionSummary s = await h.RunAsync(new MastodonPostSource(h.Http, h.Settings(server.BaseUrl), LiveMappers.MastodonStatus));

        Report("mastodon (1,000 statuses, one instance, one tag)", s, "mastodon");
        Assert.Equal(1000, s.Sources["mastodon"].PostsRead);
        Assert.Equal(26, s.Sources["mastodon"].Requests);
    }
}
