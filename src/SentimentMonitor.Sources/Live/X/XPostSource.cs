using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Live.Http;

namespace SentimentMonitor.Sources.Live.X;

/// <summary>
/// X API v2 search (recent, or full-archive with --archive) as an <see cref="IPostSource"/>: next_token paging,
/// since_id for incremental runs, partial errors[] on a 200 page kept as a note, app bearer token.
/// </summary>
public sealed class XPostSource : IPostSource
{
    public const string TweetFields = "created_at,author_id,lang,entities,public_metrics,referenced_tweets,conversation_id,note_tweet";
    public const string Expansions = "author_id,referenced_tweets.id,referenced_tweets.id.author_id";
    public const string UserFields = "description,public_metrics,verified,verified_type,entities";

    private readonly JsonFetcher _fetcher;
    private readonly SourceSettings _settings;
    private readonly RecordMapper _mapper;
    private readonly TimeProvider _time;

    public XPostSource(HttpClient http, SourceSettings settings, RecordMapper pageMapper, TimeProvider time)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _fetcher = new JsonFetcher(http, settings.Redactor());
        _mapper = pageMapper ?? throw new ArgumentNullException(nameof(pageMapper));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public string Name => "x";

    public IReadOnlyList<CollectionQuery> QueriesFor(Publication publication, CollectionWindow window) =>
        XQueryComposer.Compose(PublicationSearchTerms.From(publication), window.Archive)
            .Select(q => new CollectionQuery(window.Archive ? "x:archive" : "x", q)).ToList();

    public async IAsyncEnumerable<SourcePage> FetchAsync(CollectionQuery query, CursorState resume, CollectionWindow window, CollectionMeter meter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!_settings.HasX)
            throw new SourceException("x", "no bearer token: set SENTIMENTMONITOR_X_BEARER_TOKEN or xBearerToken in the config file", authentication: true);
        bool archive = query.Source == "x:archive";
        string? sinceId = resume.HighWaterMark;
        string? token = resume.PageCursor;
        string? pending = resume.PendingHighWaterMark;
        while (!meter.Exhausted)
        {
            Uri url = BuildUrl(query.Text, archive, sinceId, token, window, meter.RemainingPosts);
            using JsonResponse response = await _fetcher.SendAsync(() => Get(url), query.Source, meter, cancellationToken);
            Check(response);
            JsonElement root = response.Body!.RootElement;
            JsonElement meta = root.TryGetProperty("meta", out JsonElement m) ? m : default;
            string? next = Str(meta, "next_token");
            if (token is null && pending is null)
                pending = Str(meta, "newest_id") ?? sinceId;
            int read = root.TryGetProperty("data", out JsonElement data) && data.ValueKind == JsonValueKind.Array ? data.GetArrayLength() : 0;
            IReadOnlyList<ParseOutcome> outcomes = read > 0 ? _mapper(root) : [];
            List<ParsedRecord> records = outcomes.Where(o => o.Record is not null).Select(o => o.Record!).ToList();
            int rejected = outcomes.Count(o => o.Rejected is not null);
            int partial = root.TryGetProperty("errors", out JsonElement errors) && errors.ValueKind == JsonValueKind.Array ? errors.GetArrayLength() : 0;
            string? note = partial > 0 ? $"{partial} partial errors on the page (deleted or protected referenced posts); page kept" : null;
            if (rejected > 0)
                note = (note is null ? "" : note + "; ") + $"{rejected} posts could not be read and were skipped ({outcomes.First(o => o.Rejected is not null).Rejected!.Reason})";
            bool complete = next is null;
            CursorState after = complete ? new CursorState(pending ?? sinceId, null, null) : new CursorState(sinceId, next, pending);
            yield return new SourcePage(records, read, after, complete, note);
            if (complete)
                yield break;
            token = next;
        }
    }

    private HttpRequestMessage Get(Uri url)
    {
        HttpRequestMessage request = new(HttpMethod.Get, url);
        request.Headers.Authorization = new("Bearer", _settings.XBearerToken);
        return request;
    }

    private Uri BuildUrl(string query, bool archive, string? sinceId, string? token, CollectionWindow window, long? remainingPosts)
    {
        int cap = archive ? 500 : 100;
        int max = (int)Math.Clamp(remainingPosts ?? cap, 10, cap);
        List<string> p =
        [
            "query=" + Uri.EscapeDataString(query),
            "max_results=" + max.ToString(CultureInfo.InvariantCulture),
            "tweet.fields=" + Uri.EscapeDataString(TweetFields),
            "expansions=" + Uri.EscapeDataString(Expansions),
            "user.fields=" + Uri.EscapeDataString(UserFields),
        ];
        DateTimeOffset now = _time.GetUtcNow();
        if (sinceId is not null)
            p.Add("since_id=" + Uri.EscapeDataString(sinceId));
        else if (window.Since is { } since)
        {
            // Recent search rejects start_time older than 7 days; clamp instead of failing the run.
            DateTimeOffset floor = now.AddDays(-7).AddMinutes(1);
            p.Add("start_time=" + Stamp(!archive && since < floor ? floor : since));
        }
        if (window.Until is { } until && until < now.AddSeconds(-10))
            p.Add("end_time=" + Stamp(until));
        if (token is not null)
            p.Add("next_token=" + Uri.EscapeDataString(token));
        string path = archive ? "2/tweets/search/all" : "2/tweets/search/recent";
        return new Uri(_settings.XBaseUrl, path + "?" + string.Join("&", p));
    }

    private static void Check(JsonResponse response)
    {
        if (response.Ok && response.Body is not null)
            return;
        if (response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            throw new SourceException("x", $"the bearer token was refused: {response.Describe()}", authentication: true);
        if (response.ErrorCode?.EndsWith("usage-capped", StringComparison.Ordinal) == true)
            throw new SourceException("x", $"usage cap reached: {response.Describe()}");
        if (response.Status == HttpStatusCode.TooManyRequests)
            throw new SourceException("x", $"still rate limited after waiting: {response.Describe()}; run again later to resume");
        throw new SourceException("x", response.Ok ? "empty response body" : response.Describe());
    }

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
