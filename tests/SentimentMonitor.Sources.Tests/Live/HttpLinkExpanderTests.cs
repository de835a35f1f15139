using Microsoft.AspNetCore.Http;
using SentimentMonitor.Sources.Live.Links;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Sources.Tests.Live;

public sealed class HttpLinkExpanderTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-links-" + Guid.NewGuid().ToString("N"));
    private readonly LiteDbStore _store;
    private int _inFlight;
    private int _maxInFlight;

    public HttpLinkExpanderTests()
    {
        Directory.CreateDirectory(_folder);
        _store = LiteDbStore.Open(Path.Combine(_folder, "monitor.db"));
    }

    /// <summary>/s/* are "shortened"; the rest are final pages.</summary>
    private static bool Short(string url) => url.Contains("/s/", StringComparison.Ordinal);

    private async Task Handle(HttpContext c)
    {
        int now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            string path = c.Request.Path;
            switch (path)
            {
                case "/s/a": c.Response.StatusCode = 301; c.Response.Headers.Location = "/s/b"; return;
                case "/s/b": c.Response.StatusCode = 302; c.Response.Headers.Location = "/doi/10.1056/NEJMoa2214171"; return;
                case "/s/headless" when c.Request.Method == "HEAD": c.Response.StatusCode = 405; return;
                case "/s/headless":
                    c.Response.StatusCode = 301;
                    c.Response.Headers.Location = "/final";
                    // An endless body: the expander must not read it.
                    while (!c.RequestAborted.IsCancellationRequested)
                    {
                        try { await c.Response.WriteAsync(new string('x', 8192), c.RequestAborted); await Task.Delay(10, c.RequestAborted); }
                        catch (Exception) { return; }
                    }
                    return;
                case "/s/loop1": c.Response.StatusCode = 302; c.Response.Headers.Location = "/s/loop2"; return;
                case "/s/loop2": c.Response.StatusCode = 302; c.Response.Headers.Location = "/s/loop1"; return;
                case "/s/slow":
                    try { await Task.Delay(TimeSpan.FromSeconds(20), c.RequestAborted); } catch (OperationCanceledException) { }
                    return;
            }
            if (path.StartsWith("/s/many", StringComparison.Ordinal))
            {
                await Task.Delay(60);
                c.Response.StatusCode = 301;
                c.Response.Headers.Location = "/final" + path[7..];
                return;
            }
            c.Response.StatusCode = 200;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    [Fact]
    public async Task Expand_TwoHopChain_StopsAtFirstNonShortTargetAndCaches()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Handle);
        using HttpClient http = HttpLinkExpander.CreateClient();
        HttpLinkExpander expander = new(http, _store, TimeProvider.System, Short);
        string link = new Uri(server.BaseUrl, "s/a").AbsoluteUri;

        IReadOnlyDictionary<string, string> first = await expander.ExpandAsync([link, "https://example.org/not-short"], CancellationToken.None);
        int requests = server.Requests.Count;
        IReadOnlyDictionary<string, string> second = await expander.ExpandAsync([link], CancellationToken.None);

        Assert.Equal(new Uri(server.BaseUrl, "doi/10.1056/NEJMoa2214171").AbsoluteUri, first[link]);
        Assert.Single(first);
        Assert.Equal(2, requests); // HEAD /s/a, HEAD /s/b; the final page is not fetched
        Assert.All(server.Requests, r => Assert.Equal("HEAD", r.Method));
        Assert.Equal(first[link], second[link]);
        Assert.Equal(requests, server.Requests.Count);
        Assert.True(_store.TryGetLink(link, out string? cached, out _));
        Assert.Equal(first[link], cached);
    }

    [Fact]
    public async Task Expand_HeadRefused_GetHeadersOnlyWithoutReadingEndlessBody()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Handle);
        using HttpClient http = HttpLinkExpander.CreateClient();
        HttpLinkExpander expander = new(http, _store, TimeProvider.System, Short);
        string link = new Uri(server.BaseUrl, "s/headless").AbsoluteUri;

        string? target = await expander.ResolveAsync(link, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new Uri(server.BaseUrl, "final").AbsoluteUri, target);
        Assert.Equal(["HEAD", "GET"], server.Requests.Select(r => r.Method).ToArray());
    }

    [Fact]
    public async Task Expand_RedirectLoop_GivesUpAfterFiveHopsAndCachesFailure()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Handle);
        using HttpClient http = HttpLinkExpander.CreateClient();
        HttpLinkExpander expander = new(http, _store, TimeProvider.System, Short);
        string link = new Uri(server.BaseUrl, "s/loop1").AbsoluteUri;

        IReadOnlyDictionary<string, string> result = await expander.ExpandAsync([link], CancellationToken.None);

        Assert.Empty(result);
        Assert.Equal(HttpLinkExpander.MaxHops + 1, server.Requests.Count);
        Assert.True(_store.TryGetLink(link, out string? cached, out _));
        Assert.Null(cached);
    }

    [Fact]
    public async Task Expand_SlowerThanTimeout_Unresolved()
    {
        await using DrivenClock clock = new(DateTimeOffset.UnixEpoch);
        await using LoopbackServer server = await LoopbackServer.StartAsync(Handle);
        using HttpClient http = HttpLinkExpander.CreateClient();
        HttpLinkExpander expander = new(http, _store, clock.Time, Short, timeout: TimeSpan.FromSeconds(10));

        string? target = await expander.ResolveAsync(new Uri(server.BaseUrl, "s/slow").AbsoluteUri, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Null(target);
    }

    [Fact]
    public async Task Expand_ManyLinks_AtMostConcurrencyInFlight()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Handle);
        using HttpClient http = HttpLinkExpander.CreateClient();
        HttpLinkExpander expander = new(http, _store, TimeProvider.System, Short, concurrency: 3);
        string[] links = Enumerable.Range(0, 12).Select(i => new Uri(server.BaseUrl, $"s/many{i}").AbsoluteUri).ToArray();

        IReadOnlyDictionary<string, string> result = await expander.ExpandAsync(links, CancellationToken.None);

        Assert.Equal(12, result.Count);
        Assert.InRange(_maxInFlight, 1, 3);
        Assert.Equal(12, expander.Resolutions);
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
