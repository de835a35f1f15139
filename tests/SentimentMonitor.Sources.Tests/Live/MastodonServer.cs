using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// One scripted Mastodon instance serving /api/v1/timelines/tag/:tag with the recorded Status shape, real
/// max_id/min_id semantics, Link rel="next"/"prev" headers, ISO-8601 X-RateLimit-Reset, and optional faults
/// (one 429 on page 2, or a Link header that points back at the same page).
/// </summary>
public sealed class MastodonServer
{
    private readonly List<(long Id, JsonNode Status)> _statuses = [];
    private readonly FaultInjector _faults;
    private readonly JsonNode _template;
    private int _faultsLeft;

    public MastodonServer(TimeProvider clock, Fault fault = Fault.None)
    {
        _faults = new FaultInjector(clock);
        Fault = fault;
        _faultsLeft = fault == Fault.None ? 0 : 1;
        _template = Fixtures.EnvelopeBody("mastodon/responses/hashtag-timeline_with-link-header.json", 2)[0]!.DeepClone();
    }

    public Fault Fault { get; }
    public bool LinkLoop { get; set; }
    public DateTimeOffset? LastReset => _faults.LastReset;
    public string Host { get; set; } = "a.example";

    /// <summary>Adds statuses with local ids base+n whose canonical uri is shared by every instance that has status n.</summary>
    public void Add(IEnumerable<int> numbers, long localIdBase)
    {
        foreach (int n in numbers)
        {
            JsonNode s = _template.DeepClone();
            long id = localIdBase + n;
            s["id"] = id.ToString(CultureInfo.InvariantCulture);
            s["uri"] = $"https://origin.example/users/doc/statuses/{n}";
            s["url"] = $"https://{Host}/@doc/{id}";
            s["created_at"] = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(n).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            s["content"] = $"<p>Status {n} on <a href=\"https://{Host}/tags/medsky\" class=\"mention hashtag\">#<span>MedSky</span></a></p>";
            _statuses.Add((id, s));
        }
        _statuses.Sort((a, b) => b.Id.CompareTo(a.Id));
    }

    public static string Uri(int n) => $"https://origin.example/users/doc/statuses/{n}";

    public async Task HandleAsync(HttpContext context)
    {
        HttpResponse response = context.Response;
        response.ContentType = "application/json";
        response.Headers["X-RateLimit-Limit"] = "300";
        response.Headers["X-RateLimit-Remaining"] = "299";
        response.Headers["X-RateLimit-Reset"] = "2026-03-02T12:05:00.000Z";
        if (!context.Request.Path.StartsWithSegments("/api/v1/timelines/tag"))
        {
            response.StatusCode = 404;
            await response.WriteAsync("{\"error\":\"Record not found\"}");
            return;
        }
        int limit = int.TryParse(context.Request.Query["limit"], out int l) ? Math.Min(l, 40) : 20;
        long? maxId = long.TryParse(context.Request.Query["max_id"], out long mx) ? mx : null;
        long? minId = long.TryParse(context.Request.Query["min_id"], out long mn) ? mn : null;
        List<(long Id, JsonNode Status)> page = minId is { } min
            ? _statuses.Where(s => s.Id > min).OrderBy(s => s.Id).Take(limit).OrderByDescending(s => s.Id).ToList()
            : _statuses.Where(s => maxId is null || s.Id < maxId).Take(limit).ToList();
        string self = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}";
        if (page.Count > 0)
        {
            long next = LinkLoop && maxId is { } current ? current : page[^1].Id;
            response.Headers["Link"] = $"<{self}?max_id={next}>; rel=\"next\", <{self}?min_id={page[0].Id}>; rel=\"prev\"";
        }
        string json = Fixtures.Json(new JsonArray(page.Select(p => p.Status.DeepClone()).ToArray()));
        if (maxId is not null && Interlocked.Exchange(ref _faultsLeft, 0) == 1
            && await _faults.TryInjectAsync(context, Fault, json, (r, reset) =>
            {
                r.Headers["X-RateLimit-Remaining"] = "0";
                r.Headers["X-RateLimit-Reset"] = reset.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
            }))
            return;
        await response.WriteAsync(json);
    }
}
