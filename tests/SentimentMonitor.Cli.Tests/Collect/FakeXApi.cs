using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SentimentMonitor.TestSupport;

namespace SentimentMonitor.Cli.Tests.Collect;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers X API v2 recent search like the real one: <see cref="Pages"/> pages
/// of 100 posts in the recorded shape chained by next_token, since_id honoured, each response delayed so a child
/// process can be killed mid-run. Counts requests and remembers their query strings.
/// </summary>
public sealed class FakeXApi : IAsyncDisposable
{
    public const string Token = "cli-test-bearer-token-5150";
    public const string Doi = "10.1056/nejmoa2214171";
    private readonly List<string> _queries = [];
    private LoopbackHost? _host;

    private FakeXApi(int pages, TimeSpan delay)
    {
        Pages = pages;
        Delay = delay;
    }

    public int Pages { get; }
    public TimeSpan Delay { get; set; }
    public Uri BaseUrl => _host!.BaseUrl;

    public IReadOnlyList<string> Queries
    {
        get { lock (_queries) return _queries.ToList(); }
    }

    public static IEnumerable<string> AllIds(int pages) => Enumerable.Range(0, pages * 100).Select(Id);

    public static async Task<FakeXApi> StartAsync(int pages, TimeSpan delay)
    {
        FakeXApi api = new(pages, delay);
        api._host = await LoopbackHost.StartAsync(app => app.Run(api.HandleAsync));
        return api;
    }

    private async Task HandleAsync(HttpContext context)
    {
        lock (_queries)
            _queries.Add(context.Request.QueryString.Value ?? "");
        if (context.Request.Headers.Authorization != "Bearer " + Token)
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}");
            return;
        }
        await Task.Delay(Delay);
        context.Response.ContentType = "application/json";
        context.Response.Headers["x-rate-limit-remaining"] = "400";
        context.Response.Headers["x-rate-limit-reset"] = DateTimeOffset.UtcNow.AddMinutes(15).ToUnixTimeSeconds().ToString();
        if (context.Request.Query.ContainsKey("since_id"))
        {
            await context.Response.WriteAsync("{\"meta\":{\"result_count\":0}}");
            return;
        }
        int page = context.Request.Query["next_token"] is { Count: 1 } t ? int.Parse(t[0]!.Replace("tok", "")) : 0;
        await context.Response.WriteAsync(Page(page).ToJsonString());
    }

    /// <summary>Post n (0 newest): ids descend like real snowflakes.</summary>
    private static string Id(int n) => (1_650_000_000_000_000_000L - n).ToString();

    private JsonObject Page(int page)
    {
        JsonArray data = [];
        JsonArray users = [];
        for (int i = 0; i < 100; i++)
        {
            int n = page * 100 + i;
            data.Add(new JsonObject
            {
                ["id"] = Id(n),
                ["text"] = $"Infant ALL trial: blinatumomab looks practice-changing https://t.co/abc{n}",
                ["author_id"] = $"{9000 + n % 37}",
                ["created_at"] = DateTimeOffset.Parse("2026-03-01T12:00:00Z").AddMinutes(-n).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"),
                ["lang"] = "en",
                ["entities"] = new JsonObject
                {
                    ["urls"] = new JsonArray(new JsonObject
                    {
                        ["start"] = 55, ["end"] = 78, ["url"] = $"https://t.co/abc{n}",
                        ["expanded_url"] = $"https://doi.org/{Doi}", ["display_url"] = $"doi.org/{Doi}",
                    }),
                },
                ["public_metrics"] = new JsonObject { ["retweet_count"] = 1, ["reply_count"] = 0, ["like_count"] = 3, ["quote_count"] = 0 },
            });
        }
        foreach (int u in Enumerable.Range(0, 37))
            users.Add(new JsonObject { ["id"] = $"{9000 + u}", ["username"] = $"doc{u}", ["name"] = $"Dr {u}", ["description"] = "Paediatric haematologist" });
        JsonObject meta = new() { ["newest_id"] = Id(page * 100), ["oldest_id"] = Id(page * 100 + 99), ["result_count"] = 100 };
        if (page + 1 < Pages)
            meta["next_token"] = $"tok{page + 1}";
        return new JsonObject { ["data"] = data, ["includes"] = new JsonObject { ["users"] = users }, ["meta"] = meta };
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;
}
