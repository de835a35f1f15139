using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Bluesky;
using SentimentMonitor.Sources.Live.Http;

namespace SentimentMonitor.Sources.Live.Bluesky;

/// <summary>
/// app.bsky.feed.searchPosts (sort=latest) as an <see cref="IPostSource"/>: url/q/tag queries, since/until, cursor
/// paging, and author bios through app.bsky.actor.getProfiles in batches of 25. The high-water mark is the
/// newest sortAt seen; the next run asks from it (inclusive), and the store drops the overlap.
/// </summary>
public sealed class BlueskyPostSource(BlueskyClient client, RecordMapper postMapper, TimeProvider time) : IPostSource
{
    public const int PageSize = 100;
    public const int ProfileBatch = 25;

    public string Name => "bluesky";

    public IReadOnlyList<CollectionQuery> QueriesFor(Publication publication, CollectionWindow window) =>
        BlueskyQueryComposer.Compose(PublicationSearchTerms.From(publication)).Select(q => new CollectionQuery("bluesky", q)).ToList();

    public async IAsyncEnumerable<SourcePage> FetchAsync(CollectionQuery query, CursorState resume, CollectionWindow window, CollectionMeter meter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = resume.PageCursor;
        DateTimeOffset? pending = Parse(resume.PendingHighWaterMark);
        DateTimeOffset? since = Parse(resume.HighWaterMark) ?? window.Since;
        HashSet<string> profilesSeen = new(StringComparer.Ordinal);
        while (!meter.Exhausted)
        {
            string parameters = Parameters(query.Text, since, window.Until, cursor, meter.RemainingPosts);
            using JsonResponse response = await client.GetAsync("app.bsky.feed.searchPosts", parameters, meter, cancellationToken);
            Check(response);
            JsonElement root = response.Body!.RootElement;
            JsonElement posts = root.TryGetProperty("posts", out JsonElement p) && p.ValueKind == JsonValueKind.Array ? p : default;
            List<ParsedRecord> records = [];
            int failed = 0;
            int read = posts.ValueKind == JsonValueKind.Array ? posts.GetArrayLength() : 0;
            if (read > 0)
            {
                foreach (JsonElement post in posts.EnumerateArray())
                {
                    pending = Max(pending, SortAt(post));
                    foreach (ParseOutcome outcome in postMapper(post))
                    {
                        if (outcome.Record is not null)
                            records.Add(outcome.Record);
                        else
                            failed++;
                    }
                }
            }
            string? note = failed > 0 ? $"{failed} posts could not be read and were skipped" : null;
            (records, string? profileNote) = await WithBiosAsync(records, profilesSeen, meter, cancellationToken);
            note = note is null ? profileNote : profileNote is null ? note : note + "; " + profileNote;
            string? next = root.TryGetProperty("cursor", out JsonElement c) && c.ValueKind == JsonValueKind.String && read > 0 ? c.GetString() : null;
            bool complete = next is null;
            string? pendingText = pending?.ToString("o", CultureInfo.InvariantCulture);
            CursorState after = complete
                ? new CursorState(pendingText ?? resume.HighWaterMark, null, null)
                : new CursorState(resume.HighWaterMark, next, pendingText);
            yield return new SourcePage(records, read, after, complete, note);
            if (complete)
                yield break;
            cursor = next;
        }
    }

    /// <summary>Fetches bios of authors not seen in this run (25 per call) and puts them on the records.</summary>
    private async Task<(List<ParsedRecord>, string?)> WithBiosAsync(List<ParsedRecord> records, HashSet<string> seen, CollectionMeter meter, CancellationToken ct)
    {
        List<string> wanted = records.Select(r => r.Author.AccountId).Where(seen.Add).Distinct().ToList();
        Dictionary<string, JsonElement> profiles = new(StringComparer.Ordinal);
        List<JsonDocument> docs = [];
        try
        {
            foreach (string[] batch in wanted.Chunk(ProfileBatch))
            {
                string q = string.Join("&", batch.Select(d => "actors=" + Uri.EscapeDataString(d)));
                JsonResponse response = await client.GetAsync("app.bsky.actor.getProfiles", q, meter, ct);
                if (!response.Ok || response.Body is null)
                {
                    string why = response.Describe();
                    response.Dispose();
                    return (records, $"author bios unavailable ({why})");
                }
                docs.Add(response.Body);
                if (response.Body.RootElement.TryGetProperty("profiles", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
                    foreach (JsonElement profile in list.EnumerateArray())
                        if (profile.TryGetProperty("did", out JsonElement did) && did.GetString() is { } d)
                            profiles[d] = profile;
            }
            DateTimeOffset now = time.GetUtcNow();
            List<ParsedRecord> result = records.Select(r => profiles.TryGetValue(r.Author.AccountId, out JsonElement profile)
                ? r with { Author = WithProfile(r.Author, profile, now) }
                : r).ToList();
            return (result, null);
        }
        finally
        {
            foreach (JsonDocument doc in docs)
                doc.Dispose();
        }
    }

    private static Author WithProfile(Author author, JsonElement profile, DateTimeOffset now)
    {
        Author full = BlueskyAuthorMapper.Map(profile, now);
        return full with { DisplayName = full.DisplayName ?? author.DisplayName, Bio = full.Bio ?? author.Bio, Followers = full.Followers ?? author.Followers };
    }

    private static string Parameters(string queryText, DateTimeOffset? since, DateTimeOffset? until, string? cursor, long? remaining)
    {
        int eq = queryText.IndexOf('=');
        string kind = eq > 0 ? queryText[..eq] : "q";
        string value = eq > 0 ? queryText[(eq + 1)..] : queryText;
        List<string> p = kind == "q"
            ? ["q=" + Uri.EscapeDataString(value)]
            // url/domain/tag filters still need a q; "*" matches everything the filter lets through.
            : ["q=*", $"{kind}=" + Uri.EscapeDataString(value)];
        p.Add("sort=latest");
        p.Add("limit=" + Math.Clamp(remaining ?? PageSize, 1, PageSize).ToString(CultureInfo.InvariantCulture));
        if (since is { } s)
            p.Add("since=" + Uri.EscapeDataString(s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));
        if (until is { } u)
            p.Add("until=" + Uri.EscapeDataString(u.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));
        if (cursor is not null)
            p.Add("cursor=" + Uri.EscapeDataString(cursor));
        return string.Join("&", p);
    }

    private static void Check(JsonResponse response)
    {
        if (response.Ok && response.Body is not null)
            return;
        if (response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            throw new SourceException("bluesky", $"search refused: {response.Describe()}", authentication: true);
        if (response.Status == HttpStatusCode.TooManyRequests)
            throw new SourceException("bluesky", $"still rate limited after waiting: {response.Describe()}; run again later to resume");
        throw new SourceException("bluesky", response.Ok ? "empty response body" : response.Describe());
    }

    /// <summary>Search orders on sortAt, about min(createdAt, indexedAt): a post dated in the future sorts at indexing.</summary>
    private static DateTimeOffset? SortAt(JsonElement post)
    {
        DateTimeOffset? indexed = Parse(Str(post, "indexedAt"));
        DateTimeOffset? created = post.TryGetProperty("record", out JsonElement r) ? Parse(Str(r, "createdAt")) : null;
        return (indexed, created) switch
        {
            ({ } i, { } c) => i < c ? i : c,
            ({ } i, null) => i,
            (null, var c) => c,
        };
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset? Parse(string? s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset t) ? t : null;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
