using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Sources.Live.Http;
using SentimentMonitor.Sources.Live.X;

namespace SentimentMonitor.Sources.Tests.Live;

public sealed class XPostSourceTests
{
    private static async Task<(Harness, LoopbackServer, XServer, XPostSource)> StartAsync(Fault fault = Fault.None, SourceHttpOptions? options = null, string? token = XServer.Token)
    {
        Harness h = new(options);
        XServer x = new(h.Clock.Time, fault);
        LoopbackServer server = await LoopbackServer.StartAsync(x.HandleAsync, h.Clock.Time);
        return (h, server, x, new XPostSource(h.Http, h.Settings(server.BaseUrl, token), LiveMappers.XPage, h.Clock.Time));
    }

    [Fact]
    public async Task Collect_RecordedPages_StoresEveryPostOnceWithFieldsAndBearer()
    {
        (Harness h, LoopbackServer server, XServer x, XPostSource source) = await StartAsync();
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(source);

            Assert.Equal(x.AllIds, h.StoredIds(Platform.X));
            IReadOnlyList<LoggedRequest> requests = server.To("/2/tweets/search/recent");
            Assert.Equal(3, requests.Count);
            Assert.All(requests, r => Assert.Equal("Bearer " + XServer.Token, r.Authorization));
            Assert.Equal(XPostSource.TweetFields, requests[0].Query("tweet.fields"));
            Assert.Equal(XPostSource.Expansions, requests[0].Query("expansions"));
            Assert.Equal(XPostSource.UserFields, requests[0].Query("user.fields"));
            Assert.Contains("url:\"10.1056/nejmoa2214171\"", requests[0].Query("query"));
            Assert.Equal(x.Page2Token, requests[1].Query("next_token"));
            Assert.Contains(summary.Notes, n => n.Contains("partial errors"));
            Assert.Equal(201, summary.Sources["x"].PostsRead);
            Assert.Equal(201 * 0.005m, summary.XEstimatedCost);
            CollectionCursor cursor = h.Cursor(source);
            Assert.Equal(x.NewestOfFirstPage, cursor.HighWaterMark);
            Assert.Null(cursor.PageCursor);
        }
    }

    [Fact]
    public async Task Collect_SecondRun_SendsSinceIdAndAddsNothing()
    {
        (Harness h, LoopbackServer server, XServer x, XPostSource source) = await StartAsync();
        await using (h)
        await using (server)
        {
            await h.RunAsync(source);
            CollectionSummary second = await h.RunAsync(source);

            LoggedRequest last = server.To("/2/tweets/search/recent").Last();
            Assert.Equal(x.NewestOfFirstPage, last.Query("since_id"));
            Assert.Null(last.Query("start_time"));
            Assert.Equal(0, second.NewPosts);
            Assert.Equal(x.AllIds, h.StoredIds(Platform.X));
        }
    }

    [Theory]
    [InlineData(Fault.Status500)]
    [InlineData(Fault.Status502)]
    [InlineData(Fault.Status503)]
    [InlineData(Fault.ClosedMidBody)]
    [InlineData(Fault.MalformedJson)]
    public async Task Collect_TransientFaultOnPage2_RetriedWithNoGapNoDuplicate(Fault fault)
    {
        (Harness h, LoopbackServer server, XServer x, XPostSource source) = await StartAsync(fault);
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(source);

            Assert.Empty(summary.Errors);
            Assert.Equal(x.AllIds, h.StoredIds(Platform.X));
            Assert.Equal(4, server.To("/2/tweets/search/recent").Count);
            Assert.Equal(4, summary.Sources["x"].Requests);
        }
    }

    [Fact]
    public async Task Collect_ResponseSlowerThanTimeout_RetriedAfterTimeout()
    {
        SourceHttpOptions options = new() { AttemptTimeout = TimeSpan.FromSeconds(90) };
        (Harness h, LoopbackServer server, XServer x, XPostSource source) = await StartAsync(Fault.Slow, options);
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(source);

            Assert.Empty(summary.Errors);
            Assert.Equal(x.AllIds, h.StoredIds(Platform.X));
            IReadOnlyList<LoggedRequest> page2 = server.To("/2/tweets/search/recent").Where(r => r.Query("next_token") == x.Page2Token).ToList();
            Assert.True(page2.Count >= 2);
            Assert.True(page2[1].At - page2[0].At >= TimeSpan.FromSeconds(90), $"retried after {page2[1].At - page2[0].At}");
        }
    }

    [Fact]
    public async Task Collect_429WithEpochReset_WaitsUntilResetPlusOneSecond()
    {
        (Harness h, LoopbackServer server, XServer x, XPostSource source) = await StartAsync(Fault.RateLimited);
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(source);

            Assert.Equal(x.AllIds, h.StoredIds(Platform.X));
            IReadOnlyList<LoggedRequest> page2 = server.To("/2/tweets/search/recent").Where(r => r.Query("next_token") == x.Page2Token).ToList();
            Assert.Equal(2, page2.Count);
            DateTimeOffset due = x.LastReset!.Value.AddSeconds(1);
            Assert.True(page2[1].At >= due, $"retried at {page2[1].At:O}, reset+1s is {due:O}");
            Assert.True(page2[1].At <= due.AddSeconds(15), $"waited too long: {page2[1].At - due}");
            Assert.InRange(summary.Sources["x"].Waiting.TotalSeconds, 45, 62);
            Assert.Contains(h.Progress, p => p.Source == "x" && p.RateLimitWait is { } w && w > TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task Collect_WrongToken_AuthErrorWithoutTheToken()
    {
        (Harness h, LoopbackServer server, XServer _, XPostSource source) = await StartAsync(token: "wrong-secret-token-999");
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(source);

            string error = Assert.Single(summary.Errors);
            Assert.Contains("bearer token was refused", error);
            Assert.DoesNotContain("wrong-secret-token-999", error);
            Assert.Empty(h.StoredIds(Platform.X));
        }
    }

    [Fact]
    public async Task Collect_MaxPosts_StopsAndNextRunResumesFromStoredToken()
    {
        (Harness h, LoopbackServer server, XServer x, XPostSource source) = await StartAsync();
        await using (h)
        await using (server)
        {
            CollectionSummary first = await h.RunAsync(source, new CollectionBudget(MaxPosts: 100));
            Assert.True(first.BudgetReached);
            Assert.Equal(100, h.StoredIds(Platform.X).Count);
            Assert.Equal(x.Page2Token, h.Cursor(source).PageCursor);

            await h.RunAsync(source);

            Assert.Equal(x.AllIds, h.StoredIds(Platform.X));
            Assert.Equal(x.NewestOfFirstPage, h.Cursor(source).HighWaterMark);
        }
    }

    [Fact]
    public async Task Collect_Archive_UsesFullArchiveEndpointWithItsOwnCursorAndStartTime()
    {
        (Harness h, LoopbackServer server, XServer x, XPostSource source) = await StartAsync();
        await using (h)
        await using (server)
        {
            CollectionWindow window = new(Since: new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), Archive: true);
            CollectionSummary summary = await h.RunAsync(source, window: window);

            IReadOnlyList<LoggedRequest> requests = server.To("/2/tweets/search/all");
            Assert.Equal(3, requests.Count);
            Assert.Equal("500", requests[0].Query("max_results"));
            Assert.Equal("2021-01-01T00:00:00Z", requests[0].Query("start_time"));
            Assert.Equal(x.AllIds, h.StoredIds(Platform.X));
            Assert.Equal("x:archive", h.Cursor(source, window).Source);
            Assert.Equal(201 * 0.005m, summary.XEstimatedCost);
        }
    }

    [Fact]
    public async Task Collect_RemainingZero_NextRequestWaitsForTheWindowWithoutA429()
    {
        (Harness h, LoopbackServer server, XServer x, XPostSource source) = await StartAsync();
        x.ExhaustWindowSeconds = 120;
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(source);

            IReadOnlyList<LoggedRequest> requests = server.To("/2/tweets/search/recent");
            Assert.Equal(3, requests.Count);
            Assert.True(requests[1].At >= x.ExhaustedUntil!.Value.AddSeconds(1), $"page 2 at {requests[1].At:O}, window reopens {x.ExhaustedUntil:O}");
            // The driven clock also runs while page 1 is stored, so only what was left of the window is waited.
            Assert.InRange(summary.Sources["x"].Waiting.TotalSeconds, 1, 122);
            Assert.Equal(x.AllIds, h.StoredIds(Platform.X));
        }
    }
}
