using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// Scripted Bluesky PDS: createSession/refreshSession with rotating JWT-shaped tokens, searchPosts over two pages
/// (the 25 recorded PostViews plus 35 made in the same shape with other authors, 60 in all, so bios need three
/// getProfiles batches), getProfiles (rejects more than 25 actors), and one fault on page 2 when asked.
/// </summary>
public sealed class BlueskyServer
{
    public const string Password = "app-pass-word-secret";
    private readonly List<JsonNode> _posts;
    private readonly FaultInjector _faults;
    private int _faultsLeft;
    private int _generation = 1;

    public BlueskyServer(TimeProvider clock, Fault fault = Fault.None, bool expireOnPage2 = false)
    {
        _faults = new FaultInjector(clock);
        Fault = fault;
        _faultsLeft = fault == Fault.None ? 0 : 1;
        ExpireOnPage2 = expireOnPage2;
        JsonArray recorded = Fixtures.EnvelopeBody("bluesky/responses/searchPosts_q-redistricting_2025.json")["posts"]!.AsArray();
        _posts = recorded.Select(p => p!.DeepClone()).ToList();
        for (int i = 0; i < 35; i++)
        {
            JsonNode copy = recorded[i % recorded.Count]!.DeepClone();
            string did = $"did:plc:synthetic{i:D3}";
            copy["uri"] = $"at://{did}/app.bsky.feed.post/3synth{i:D3}";
            copy["author"]!["did"] = did;
            copy["author"]!["handle"] = $"synthetic{i:D3}.bsky.social";
            _posts.Add(copy);
        }
        AllUris = _posts.Select(p => (string)p["uri"]!).Order(StringComparer.Ordinal).ToList();
    }

    public Fault Fault { get; }
    public bool ExpireOnPage2 { get; set; }
    public IReadOnlyList<string> AllUris { get; }
    public DateTimeOffset? LastReset => _faults.LastReset;
    public int Logins { get; private set; }
    public int Refreshes { get; private set; }
    public int MaxActorsPerProfilesCall { get; private set; }
    public string Access => Jwt("access", _generation);
    private string Refresh => Jwt("refresh", _generation);

    public async Task HandleAsync(HttpContext context)
    {
        HttpResponse response = context.Response;
        response.ContentType = "application/json";
        response.Headers["ratelimit-limit"] = "3000";
        response.Headers["ratelimit-remaining"] = "2990";
        response.Headers["ratelimit-policy"] = "3000;w=300";
        string path = context.Request.Path;
        string auth = context.Request.Headers.Authorization.ToString();
        switch (path)
        {
            case "/xrpc/com.atproto.server.createSession":
                JsonNode body = (await JsonNode.ParseAsync(context.Request.Body))!;
                if ((string?)body["password"] != Password)
                {
                    response.StatusCode = 401;
                    await response.WriteAsync("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}");
                    return;
                }
                Logins++;
                _generation++;
                await WriteSession(response);
                return;
            case "/xrpc/com.atproto.server.refreshSession":
                if (auth != "Bearer " + Refresh)
                {
                    response.StatusCode = 400;
                    await response.WriteAsync("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}");
                    return;
                }
                Refreshes++;
                _generation++;
                await WriteSession(response);
                return;
        }
        if (auth != "Bearer " + Access)
        {
            response.StatusCode = 400;
            await response.WriteAsync("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}");
            return;
        }
        if (path == "/xrpc/app.bsky.actor.getProfiles")
        {
            string[] actors = context.Request.Query["actors"].Select(a => a!).ToArray();
            MaxActorsPerProfilesCall = Math.Max(MaxActorsPerProfilesCall, actors.Length);
            if (actors.Length > 25)
            {
                response.StatusCode = 400;
                await response.WriteAsync("{\"error\":\"InvalidRequest\",\"message\":\"actors must not have more than 25 elements\"}");
                return;
            }
            JsonArray profiles = new(actors.Select(a => (JsonNode)new JsonObject
            {
                ["did"] = a,
                ["handle"] = a.Replace("did:plc:", "") + ".bsky.social",
                ["description"] = $"Paediatric oncologist. Bio of {a}",
                ["followersCount"] = 42,
            }).ToArray());
            await response.WriteAsync(Fixtures.Json(new JsonObject { ["profiles"] = profiles }));
            return;
        }
        if (path != "/xrpc/app.bsky.feed.searchPosts")
        {
            response.StatusCode = 404;
            return;
        }
        bool page2 = context.Request.Query["cursor"] == "page-2";
        JsonObject page = new() { ["posts"] = new JsonArray(_posts.Skip(page2 ? 30 : 0).Take(30).Select(p => p.DeepClone()).ToArray()) };
        if (!page2)
            page["cursor"] = "page-2";
        if (context.Request.Query.ContainsKey("since") && SinceFilters)
            page = new JsonObject { ["posts"] = new JsonArray() };
        string json = Fixtures.Json(page);
        if (page2 && ExpireOnPage2)
        {
            ExpireOnPage2 = false;
            response.StatusCode = 400;
            await response.WriteAsync("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}");
            return;
        }
        if (page2 && Interlocked.Exchange(ref _faultsLeft, 0) == 1
            && await _faults.TryInjectAsync(context, Fault, json, (r, reset) =>
            {
                r.Headers["ratelimit-remaining"] = "0";
                r.Headers["ratelimit-reset"] = reset.ToUnixTimeSeconds().ToString();
            }))
            return;
        await response.WriteAsync(json);
    }

    /// <summary>When true, a request with <c>since</c> gets an empty page (nothing newer).</summary>
    public bool SinceFilters { get; set; } = true;

    private Task WriteSession(HttpResponse response) => response.WriteAsync(JsonSerializer.Serialize(new
    {
        did = "did:plc:clinician",
        handle = "clinician.bsky.social",
        accessJwt = Access,
        refreshJwt = Refresh,
    }));

    private static string Jwt(string kind, int generation) =>
        "eyJhbGciOiJFUzI1NksifQ." + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{{\"scope\":\"{kind}\",\"gen\":{generation}}}")).TrimEnd('=').Replace('+', '-').Replace('/', '_') + ".c2lnbmF0dXJlLXNpZ25hdHVyZQ";
}
