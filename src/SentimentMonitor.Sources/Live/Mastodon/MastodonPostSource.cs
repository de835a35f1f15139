using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Live.Http;

namespace SentimentMonitor.Sources.Live.Mastodon;

/// <summary>
/// Hashtag timelines on several Mastodon instances as an <see cref="IPostSource"/>. A first run walks back from
/// the newest status with the Link rel="next" max_id; later runs walk forward from the high-water mark with
/// min_id (rel="prev"), so each stored page moves the mark and nothing is missed. Stops on [] and on a Link loop.
/// The mapper keys statuses on their canonical uri, so one status seen on two instances is stored once.
/// </summary>
public sealed class MastodonPostSource(HttpClient http, SourceSettings settings, RecordMapper statusMapper) : IPostSource
{
    public const int PageSize = 40;
    private readonly JsonFetcher _fetcher = new(http, settings.Redactor());

    public string Name => "mastodon";

    /// <summary>Hashtag timelines are all Mastodon offers without full-text search, so a DOI or title alone finds nothing.</summary>
    public string SearchableBy => "a #hashtag with track --keyword \"#…\": Mastodon is searched by hashtag only";

    public IReadOnlyList<CollectionQuery> QueriesFor(Publication publication, CollectionWindow window)
    {
        IReadOnlyList<string> tags = PublicationSearchTerms.From(publication).Hashtags;
        return settings.MastodonInstances
            .SelectMany(instance => tags.Select(tag => new CollectionQuery("mastodon:" + instance.Authority, "#" + tag)))
            .ToList();
    }

    public async IAsyncEnumerable<SourcePage> FetchAsync(CollectionQuery query, CursorState resume, CollectionWindow window, CollectionMeter meter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri instance = Instance(query.Source);
        string tag = Uri.EscapeDataString(query.Text.TrimStart('#'));
        bool forward = resume.HighWaterMark is not null && resume.PageCursor is null;
        string? mark = resume.HighWaterMark;
        string? cursor = forward ? mark : resume.PageCursor;
        string? pending = resume.PendingHighWaterMark;
        HashSet<string> visited = [];
        while (!meter.Exhausted)
        {
            string paging = cursor is null ? "" : (forward ? "&min_id=" : "&max_id=") + Uri.EscapeDataString(cursor);
            Uri url = new(instance, $"api/v1/timelines/tag/{tag}?limit={PageSize}{paging}");
            using JsonResponse response = await _fetcher.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), query.Source, meter, cancellationToken);
            Check(response, query.Source);
            JsonElement statuses = response.Body!.RootElement;
            if (statuses.ValueKind != JsonValueKind.Array)
                throw new SourceException(query.Source, "tag timeline did not return an array");
            int read = statuses.GetArrayLength();
            (List<ParsedRecord> records, string? newest, DateTimeOffset? oldestTime, int failed) = Map(statuses, window);
            string? note = failed > 0 ? $"{failed} statuses could not be read and were skipped" : null;

            if (forward)
            {
                // Each page is the run of statuses just after the mark: storing it moves the mark, no pending state.
                mark = MastodonIds.Max(mark, newest);
                string? prev = LinkHeader.Parameter(LinkHeader.Find(response.Headers, "prev"), "min_id") ?? newest;
                bool loop = read > 0 && (prev is null || MastodonIds.Compare(prev, cursor) <= 0 || !visited.Add(prev));
                if (loop)
                    note = Join(note, $"Link header loop at min_id={cursor}; stopped");
                bool done = read == 0 || loop;
                yield return new SourcePage(records, read, new CursorState(mark, null, null), done, note);
                if (done)
                    yield break;
                cursor = MastodonIds.Max(prev, mark);
            }
            else
            {
                if (cursor is null)
                    pending ??= newest ?? mark;
                string? next = LinkHeader.Parameter(LinkHeader.Find(response.Headers, "next"), "max_id");
                bool loop = next is not null && (next == cursor || !visited.Add(next));
                if (loop)
                    note = Join(note, $"Link header loop at max_id={next}; stopped");
                bool pastWindow = window.Since is { } since && oldestTime is { } oldest && oldest < since;
                bool done = read == 0 || next is null || loop || pastWindow;
                CursorState after = done ? new CursorState(pending ?? mark, null, null) : new CursorState(mark, next, pending);
                yield return new SourcePage(records, read, after, done, note);
                if (done)
                    yield break;
                cursor = next;
            }
        }
    }

    private (List<ParsedRecord> Records, string? Newest, DateTimeOffset? Oldest, int Failed) Map(JsonElement statuses, CollectionWindow window)
    {
        List<ParsedRecord> records = [];
        string? newest = null;
        DateTimeOffset? oldest = null;
        int failed = 0;
        foreach (JsonElement status in statuses.EnumerateArray())
        {
            if (status.TryGetProperty("id", out JsonElement id) && id.GetString() is { } i)
                newest = MastodonIds.Max(newest, i);
            foreach (ParseOutcome outcome in statusMapper(status))
            {
                if (outcome.Record is not { } r)
                {
                    failed++;
                    continue;
                }
                oldest = oldest is null || r.Post.CreatedAt < oldest ? r.Post.CreatedAt : oldest;
                bool inWindow = (window.Since is null || r.Post.CreatedAt >= window.Since) && (window.Until is null || r.Post.CreatedAt < window.Until);
                if (inWindow)
                    records.Add(r);
            }
        }
        return (records, newest, oldest, failed);
    }

    private Uri Instance(string source)
    {
        string authority = source["mastodon:".Length..];
        Uri? match = settings.MastodonInstances.FirstOrDefault(u => u.Authority.Equals(authority, StringComparison.OrdinalIgnoreCase));
        Uri baseUri = match ?? new Uri("https://" + authority);
        return baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
    }

    private static void Check(JsonResponse response, string source)
    {
        if (response.Ok && response.Body is not null)
            return;
        if (response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            throw new SourceException(source, $"tag timeline needs login on this instance (public preview off): {response.Describe()}");
        if (response.Status == HttpStatusCode.TooManyRequests)
            throw new SourceException(source, $"still rate limited after waiting: {response.Describe()}; run again later to resume");
        throw new SourceException(source, response.Ok ? "empty response body" : response.Describe());
    }

    private static string? Join(string? a, string b) => a is null ? b : a + "; " + b;
}
