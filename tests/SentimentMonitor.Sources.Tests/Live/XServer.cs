using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// Scripted X API v2 search: three recorded twarc2 pages chained by their next_token (100 + 100 + 1 posts),
/// an empty page for since_id runs, and one fault on the first attempt of page 2 when asked.
/// </summary>
public sealed class XServer
{
    public const string Token = "test-x-bearer-secret-123";
    private readonly Dictionary<string, string> _pages = [];
    private readonly FaultInjector _faults;
    private readonly TimeProvider _clock;
    private int _faultsLeft;

    public XServer(TimeProvider clock, Fault fault = Fault.None)
    {
        _faults = new FaultInjector(clock);
        _clock = clock;
        Fault = fault;
        _faultsLeft = fault == Fault.None ? 0 : 1;
        JsonObject p1 = Fixtures.JsonlLine("x-v2/twarc2/search-recent_page_obama_with-errors.jsonl", 0);
        JsonObject p2 = Fixtures.JsonlLine("x-v2/twarc2/search-recent_two-queries_kpop_brexit.jsonl", 0);
        JsonObject p3 = Fixtures.JsonlLine("x-v2/twarc2/search-all_single-result_no-next-token.jsonl", 0);
        _pages[""] = Fixtures.Json(p1);
        _pages[(string)p1["meta"]!["next_token"]!] = Fixtures.Json(p2);
        _pages[(string)p2["meta"]!["next_token"]!] = Fixtures.Json(p3);
        Page2Token = (string)p1["meta"]!["next_token"]!;
        NewestOfFirstPage = (string)p1["meta"]!["newest_id"]!;
        AllIds = new[] { p1, p2, p3 }.SelectMany(p => p["data"]!.AsArray().Select(t => (string)t!["id"]!)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public Fault Fault { get; }
    public string Page2Token { get; }
    public string NewestOfFirstPage { get; }
    public IReadOnlyList<string> AllIds { get; }
    public DateTimeOffset? LastReset => _faults.LastReset;
    /// <summary>When set, page 1 says no requests remain until this many seconds from now.</summary>
    public int? ExhaustWindowSeconds { get; set; }
    public DateTimeOffset? ExhaustedUntil { get; private set; }

    public async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization != "Bearer " + Token)
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}");
            return;
        }
        context.Response.Headers["x-rate-limit-limit"] = "450";
        context.Response.Headers["x-rate-limit-remaining"] = "440";
        context.Response.Headers["x-rate-limit-reset"] = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 900).ToString();
        if (context.Request.Query.ContainsKey("since_id"))
        {
            await context.Response.WriteAsync("{\"meta\":{\"result_count\":0}}");
            return;
        }
        string token = context.Request.Query["next_token"].ToString();
        string body = _pages[token];
        if (token.Length == 0 && ExhaustWindowSeconds is { } window)
        {
            ExhaustedUntil = DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().ToUnixTimeSeconds() + window);
            context.Response.Headers["x-rate-limit-remaining"] = "0";
            context.Response.Headers["x-rate-limit-reset"] = ExhaustedUntil.Value.ToUnixTimeSeconds().ToString();
        }
        if (token == Page2Token && Interlocked.Exchange(ref _faultsLeft, 0) == 1
            && await _faults.TryInjectAsync(context, Fault, body, (r, reset) =>
            {
                r.Headers["x-rate-limit-remaining"] = "0";
                r.Headers["x-rate-limit-reset"] = reset.ToUnixTimeSeconds().ToString();
            }))
            return;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }
}
