using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage;

/// <summary>
/// Post reads. Per-publication queries walk the "pub|time|postKey" keys of post_pubs in order and fetch a page of
/// posts at a time (shared/docs/litedb-measured.md §3: ~1 ms for the newest 100 of a 200k-post paper).
/// </summary>
public sealed partial class LiteDbStore
{
    private const int PageSize = 512;
    private const int TimeKeyLength = 24; // "2025-03-04T12:34:56.789Z"

    public Post? GetPost(string postKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(postKey);
        return Read(() => _posts.FindById(postKey) is { } doc ? PostDocuments.FromDocument(doc) : null);
    }

    public IEnumerable<Post> Query(PostQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (UsesDayPosts(query))
            return PostsByKeys(DayPostKeys(query)).Select(PostDocuments.FromDocument);
        IEnumerable<BsonDocument> docs = query.PublicationKey is not null || query.UnmatchedOnly
            ? ByIndexKeys(query.PublicationKey ?? PostFacts.Unmatched, query)
            : query.AuthorKey is not null ? ByAuthor(query) : ByTime(query);
        Func<BsonDocument, bool> passes = Passes(query);
        IEnumerable<BsonDocument> filtered = docs.Where(passes).Skip(query.Skip);
        if (query.Limit is int limit)
            filtered = filtered.Take(limit);
        return filtered.Select(PostDocuments.FromDocument);
    }

    public long Count(PostQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        bool onlyRange = query.Platform is null && query.AuthorKey is null && !query.UnclassifiedOnly && query.Skip == 0 && query.Limit is null
            && query.Role is null && query.Specialty is null && query.Sentiment is null && query.Aspect is null && query.MayContain is null;
        if (onlyRange && (query.PublicationKey is not null || query.UnmatchedOnly))
        {
            (string lo, string hi) = IndexRange(query.PublicationKey ?? PostFacts.Unmatched, query.From, query.To);
            return Read(() => (long)_postPubs.Count(LiteDB.Query.Between("_id", lo, hi)));
        }
        long total = UsesDayPosts(query)
            ? DayPostKeys(query with { Limit = null, Skip = 0 }).LongCount()
            : Query(query with { Limit = null, Skip = 0 }).LongCount();
        long afterSkip = Math.Max(total - query.Skip, 0);
        return query.Limit is int limit ? Math.Min(afterSkip, limit) : afterSkip;
    }

    /// <summary>Posts matching no tracked publication.</summary>
    public long CountUnmatched() => Count(new PostQuery { UnmatchedOnly = true });

    /// <summary>All stored posts (the primary key count).</summary>
    public long CountPosts() => Read(() => (long)_posts.Count());

    /// <summary>How the posts citing a publication matched it (strongest reason per post).</summary>
    public IReadOnlyDictionary<MatchKind, long> MatchKinds(string publicationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(publicationKey);
        (string lo, string hi) = IndexRange(publicationKey, null, null);
        return Read(() => _postPubs.Find(LiteDB.Query.Between("_id", lo, hi))
            .GroupBy(d => Slugs<MatchKind>.Parse(PostDocuments.NullableString(d["k"])))
            .ToDictionary(g => g.Key, g => g.LongCount()));
    }

    internal static (string Lo, string Hi) IndexRange(string pub, DateTimeOffset? from, DateTimeOffset? to) =>
        // Time keys start with a digit, so '0' and ':' bound "pub|<time>|…" keys; an exact-time upper bound
        // sorts before every "pub|<time>|key", which makes To exclusive as PostQuery promises.
        ($"{pub}|{(from is { } f ? BsonTime.Key(f) : "0")}", $"{pub}|{(to is { } t ? BsonTime.Key(t) : ":")}");

    private IEnumerable<BsonDocument> ByIndexKeys(string pub, PostQuery query)
    {
        (string lo, string hi) = IndexRange(pub, query.From, query.To);
        bool descending = !query.OldestFirst;
        string? last = null;
        while (true)
        {
            string pageLo = !descending && last is not null ? last : lo;
            string pageHi = descending && last is not null ? last : hi;
            List<string> keys = Read(() => _postPubs.Query()
                .Where(LiteDB.Query.Between("_id", pageLo, pageHi))
                .OrderBy("_id", descending ? LiteDB.Query.Descending : LiteDB.Query.Ascending)
                .Limit(PageSize + 1)
                .ToEnumerable()
                .Select(d => d["_id"].AsString)
                .Where(k => k != last)
                .Take(PageSize)
                .ToList());
            if (keys.Count == 0)
                yield break;
            last = keys[^1];
            List<string> postKeys = keys.Select(k => k[(pub.Length + 1 + TimeKeyLength + 1)..]).ToList();
            Dictionary<string, BsonDocument> docs = Read(() => _posts
                .Find(LiteDB.Query.In("_id", postKeys.Select(k => new BsonValue(k))))
                .ToDictionary(d => d["_id"].AsString, StringComparer.Ordinal));
            foreach (string postKey in postKeys)
            {
                if (docs.TryGetValue(postKey, out BsonDocument? doc))
                    yield return doc;
            }
        }
    }

    private IEnumerable<BsonDocument> ByAuthor(PostQuery query)
    {
        List<BsonDocument> docs = Read(() => _posts.Find(LiteDB.Query.EQ("a", query.AuthorKey)).ToList());
        return query.OldestFirst ? docs.OrderBy(d => d["t"].AsDateTime) : docs.OrderByDescending(d => d["t"].AsDateTime);
    }

    /// <summary>
    /// All posts by time, a materialised page at a time: in shared mode a statement issued while a reader is open
    /// closes the reader's engine, so no reader may stay open across the caller's loop body.
    /// </summary>
    private IEnumerable<BsonDocument> ByTime(PostQuery query)
    {
        bool descending = !query.OldestFirst;
        DateTime lo = query.From?.UtcDateTime ?? DateTime.MinValue;
        DateTime hi = query.To is { } t ? t.UtcDateTime.AddMilliseconds(-1) : DateTime.MaxValue;
        HashSet<string> seenAtEdge = new(StringComparer.Ordinal);
        DateTime? edge = null;
        while (true)
        {
            (DateTime pageLo, DateTime pageHi) = edge is not DateTime e ? (lo, hi) : descending ? (lo, e) : (e, hi);
            List<BsonDocument> page = Read(() => _posts.Query()
                .Where(LiteDB.Query.Between("t", pageLo, pageHi))
                .OrderBy("t", descending ? LiteDB.Query.Descending : LiteDB.Query.Ascending)
                .Limit(PageSize + seenAtEdge.Count)
                .ToList());
            List<BsonDocument> fresh = page.Where(d => !seenAtEdge.Contains(d["_id"].AsString)).ToList();
            if (fresh.Count == 0)
                yield break;
            foreach (BsonDocument doc in fresh)
                yield return doc;
            // Posts sharing the last timestamp may continue on the next page: remember which were already returned.
            DateTime last = fresh[^1]["t"].AsDateTime;
            if (edge != last)
                seenAtEdge.Clear();
            edge = last;
            foreach (BsonDocument doc in fresh.Where(d => d["t"].AsDateTime == last))
                seenAtEdge.Add(doc["_id"].AsString);
        }
    }

    /// <summary>The document-level filter for queries the day post lists do not answer (facets read from the post and its author).</summary>
    private Func<BsonDocument, bool> Passes(PostQuery query)
    {
        bool needsAuthor = query.Role is not null || query.Specialty is not null;
        Dictionary<string, (AuthorRole Role, Specialty Specialty)> roles = new(StringComparer.Ordinal);
        return doc =>
        {
            if (!Passes(doc, query))
                return false;
            if (query.Sentiment is not null || query.Aspect is not null)
            {
                PostFacts facts = PostFacts.From(doc);
                if ((query.Sentiment is { } s && facts.Sentiment != s) || (query.Aspect is { } a && !facts.Aspects.Contains(a)))
                    return false;
            }
            if (needsAuthor)
            {
                string authorKey = doc["a"].AsString;
                if (!roles.TryGetValue(authorKey, out var who))
                    roles[authorKey] = who = AuthorDocuments.EffectiveRole(Read(() => _authors.FindById(authorKey)));
                if ((query.Role is { } r && who.Role != r) || (query.Specialty is { } sp && who.Specialty != sp))
                    return false;
            }
            return true;
        };
    }

    private static bool Passes(BsonDocument doc, PostQuery query)
    {
        if (query.Platform is Platform platform && doc["p"].AsString != Slugs<Platform>.Of(platform))
            return false;
        if (query.AuthorKey is not null && doc["a"].AsString != query.AuthorKey)
            return false;
        if (query.UnclassifiedOnly && doc["s"].IsDocument)
            return false;
        if (query.From is not null || query.To is not null)
        {
            DateTimeOffset at = BsonTime.Read(doc["t"]);
            if (at < query.From || at >= query.To)
                return false;
        }
        return true;
    }
}
