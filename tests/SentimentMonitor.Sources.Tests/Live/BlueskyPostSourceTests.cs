using SentimentMonitor.Sources.Live;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Live.Bluesky;

namespace SentimentMonitor.Sources.Tests.Live;

public sealed class BlueskyPostSourceTests
{
    /// <summary>One url= query only, so each test runs exactly two searchPosts pages.</summary>
    private static readonly Publication UrlOnly = new() { Key = "pub:news", Urls = ["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171"] };

    private static async Task<(Harness, LoopbackServer, BlueskyServer)> StartAsync(Fault fault = Fault.None, bool expire = false)
    {
        Harness h = new() { Paper = UrlOnly };
        BlueskyServer b = new(h.Clock.Time, fault, expire);
        LoopbackServer server = await LoopbackServer.StartAsync(b.HandleAsync, h.Clock.Time);
        return (h, server, b);
    }

    private static BlueskyPostSource Source(Harness h, LoopbackServer server, string password = BlueskyServer.Password)
    {
        var settings = h.Settings(server.BaseUrl) with { BlueskyAppPassword = password };
        BlueskyClient client = new(h.Http, settings, new BlueskySessionStore(settings.BlueskySessionPath));
        return new BlueskyPostSource(client, LiveMappers.BlueskyPost, h.Clock.Time);
    }

    [Fact]
    public async Task Collect_TwoPages_LogsInOnceStoresAllWithBiosInBatchesOf25()
    {
        (Harness h, LoopbackServer server, BlueskyServer b) = await StartAsync();
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(Source(h, server));

            Assert.Empty(summary.Errors);
            Assert.Equal(b.AllUris, h.StoredIds(Platform.Bluesky));
            Assert.Equal(1, b.Logins);
            Assert.InRange(b.MaxActorsPerProfilesCall, 2, 25);
            Assert.Equal("Paediatric oncologist. Bio of did:plc:synthetic000", h.Store.GetAuthor("bluesky:did:plc:synthetic000")!.Bio);
            LoggedRequest search = server.To("/xrpc/app.bsky.feed.searchPosts")[0];
            Assert.Equal("https://nejm.org/doi/full/10.1056/NEJMoa2214171", search.Query("url"));
            Assert.Equal("latest", search.Query("sort"));
            Assert.Equal("page-2", server.To("/xrpc/app.bsky.feed.searchPosts")[1].Query("cursor"));
            CollectionCursor cursor = h.Cursor(Source(h, server));
            Assert.Null(cursor.PageCursor);
            Assert.True(DateTimeOffset.Parse(cursor.HighWaterMark!) >= new DateTimeOffset(2025, 5, 19, 0, 0, 0, TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task SessionCache_OwnerOnlyHoldsTokensNeverPassword_AndNextRunReusesIt()
    {
        (Harness h, LoopbackServer server, BlueskyServer b) = await StartAsync();
        await using (h)
        await using (server)
        {
            await h.RunAsync(Source(h, server));
            await h.RunAsync(Source(h, server)); // a new client, as in a new process

            string path = h.Settings(server.BaseUrl).BlueskySessionPath;
            string text = await File.ReadAllTextAsync(path);
            Assert.DoesNotContain(BlueskyServer.Password, text);
            Assert.Contains(b.Access, text);
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(1, b.Logins);
            Assert.NotNull(server.To("/xrpc/app.bsky.feed.searchPosts").Last().Query("since"));
        }
    }

    [Fact]
    public async Task Collect_TokenExpiresOnPage2_RefreshesThenContinuesWithoutGap()
    {
        (Harness h, LoopbackServer server, BlueskyServer b) = await StartAsync(expire: true);
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(Source(h, server));

            Assert.Empty(summary.Errors);
            Assert.Equal(1, b.Refreshes);
            Assert.Equal(1, b.Logins);
            Assert.Equal(b.AllUris, h.StoredIds(Platform.Bluesky));
            Assert.Contains(b.Access, await File.ReadAllTextAsync(h.Settings(server.BaseUrl).BlueskySessionPath));
        }
    }

    [Fact]
    public async Task Collect_429WithRatelimitReset_WaitsUntilReset()
    {
        (Harness h, LoopbackServer server, BlueskyServer b) = await StartAsync(Fault.RateLimited);
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(Source(h, server));

            Assert.Equal(b.AllUris, h.StoredIds(Platform.Bluesky));
            List<LoggedRequest> page2 = server.To("/xrpc/app.bsky.feed.searchPosts").Where(r => r.Query("cursor") == "page-2").ToList();
            Assert.Equal(2, page2.Count);
            Assert.True(page2[1].At >= b.LastReset!.Value, $"retried at {page2[1].At:O} before reset {b.LastReset:O}");
            Assert.True(page2[1].At <= b.LastReset!.Value.AddSeconds(16), $"waited too long: {page2[1].At - b.LastReset}");
            Assert.InRange(summary.Sources["bluesky"].Waiting.TotalSeconds, 45, 62);
        }
    }

    [Theory]
    [InlineData(Fault.Status502)]
    [InlineData(Fault.ClosedMidBody)]
    [InlineData(Fault.MalformedJson)]
    public async Task Collect_FaultOnPage2_NoGapNoDuplicate(Fault fault)
    {
        (Harness h, LoopbackServer server, BlueskyServer b) = await StartAsync(fault);
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(Source(h, server));

            Assert.Empty(summary.Errors);
            Assert.Equal(b.AllUris, h.StoredIds(Platform.Bluesky));
        }
    }

    [Fact]
    public async Task Collect_WrongAppPassword_AuthErrorWithoutPassword()
    {
        (Harness h, LoopbackServer server, BlueskyServer _) = await StartAsync();
        await using (h)
        await using (server)
        {
            CollectionSummary summary = await h.RunAsync(Source(h, server, password: "wrong-password-777"));

            string error = Assert.Single(summary.Errors);
            Assert.Contains("login refused", error);
            Assert.DoesNotContain("wrong-password-777", error);
            Assert.False(File.Exists(h.Settings(server.BaseUrl).BlueskySessionPath));
        }
    }
}
