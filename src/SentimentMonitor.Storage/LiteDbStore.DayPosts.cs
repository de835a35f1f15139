using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Text;
using SentimentMonitor.Storage.Aggregates;

namespace SentimentMonitor.Storage;

/// <summary>
/// Publication queries answered from the day post lists (<see cref="DayPostList"/>): every filter but the author and
/// "unclassified" is decided on the packed entries, skipping and limiting happen before any post is read, and only the
/// posts returned are loaded, a page at a time. Words (<see cref="PostQuery.MayContain"/>) are narrowed on the day_words
/// signatures read beside the lists: a search matching nothing reads no post at all.
/// </summary>
public sealed partial class LiteDbStore
{
    private bool UsesDayPosts(PostQuery query) =>
        query.PublicationKey is not null && !query.UnmatchedOnly && query.AuthorKey is null && !query.UnclassifiedOnly && !_legacyAggregates;

    /// <summary>Post keys passing the query, newest first unless <see cref="PostQuery.OldestFirst"/>, after Skip and Limit.</summary>
    private IEnumerable<string> DayPostKeys(PostQuery query)
    {
        IEnumerable<string> keys = MatchingEntries(query).Skip(query.Skip);
        return query.Limit is int limit ? keys.Take(limit) : keys;
    }

    private IEnumerable<string> MatchingEntries(PostQuery query)
    {
        string pub = query.PublicationKey!;
        PostFacets.Filter facets = PostFacets.Compile(query.Sentiment, query.Role, query.Specialty, query.Aspect);
        string? platform = query.Platform is Platform p ? Slugs<Platform>.Of(p) + ":" : null;
        // Times compare at millisecond precision, as stored; To is exclusive.
        long? from = query.From is { } f ? Milliseconds(f.UtcDateTime) : null;
        long? to = query.To is { } t ? Milliseconds(t.UtcDateTime) : null;
        string lo = query.From is { } fd ? DailyCells.Id(pub, DateOnly.FromDateTime(fd.UtcDateTime)) : pub + "|0";
        string hi = query.To is { } td ? DailyCells.Id(pub, DateOnly.FromDateTime(td.UtcDateTime.AddTicks(-1))) : pub + "|:";
        bool descending = !query.OldestFirst;
        byte[]? mask = _noWordIndex ? null : WordSignature.Mask(TextSearch.Words(query.MayContain));
        foreach ((BsonDocument doc, BsonDocument? wordsDoc) in DayDocuments(lo, hi, descending, withWords: mask is not null))
        {
            string id = doc["_id"].AsString;
            long midnight = Milliseconds(DateOnly.ParseExact(id.AsSpan(id.Length - 10), "yyyy-MM-dd").ToDateTime(TimeOnly.MinValue));
            List<DayPostList.Entry> entries = DayPostList.Read(doc);
            byte[]? signatures = mask is null ? null : DayPostList.Signatures(wordsDoc, entries.Count); // null: not indexed, every post a candidate
            for (int i = 0; i < entries.Count; i++)
            {
                int at = descending ? entries.Count - 1 - i : i;
                DayPostList.Entry e = entries[at];
                long time = midnight + e.MillisecondOfDay;
                if ((from is long fm && time < fm) || (to is long tm && time >= tm))
                    continue;
                if (!facets.Matches(e.Facets) || (platform is not null && !e.PostKey.StartsWith(platform, StringComparison.Ordinal)))
                    continue;
                if (signatures is not null && !WordSignature.MayContain(signatures.AsSpan(at * WordSignature.Bytes, WordSignature.Bytes), mask))
                    continue;
                yield return e.PostKey;
            }
        }
    }

    /// <summary>
    /// Day documents between two ids in order, read in growing pages (the newest 500 posts of a busy paper sit in one
    /// or two days; a rare filter walks them all) and materialised, so no reader stays open across the caller's loop.
    /// With <paramref name="withWords"/>, each page's day_words twins come along (one more statement per page).
    /// </summary>
    private IEnumerable<(BsonDocument Posts, BsonDocument? Words)> DayDocuments(string lo, string hi, bool descending, bool withWords)
    {
        string? last = null;
        int pageSize = 2;
        while (true)
        {
            string pageLo = !descending && last is not null ? last : lo;
            string pageHi = descending && last is not null ? last : hi;
            int size = pageSize;
            List<BsonDocument> page = Read(() => _dayPosts.Query()
                .Where(LiteDB.Query.Between("_id", pageLo, pageHi))
                .OrderBy("_id", descending ? LiteDB.Query.Descending : LiteDB.Query.Ascending)
                .Limit(size + 1)
                .ToEnumerable()
                .Where(d => d["_id"].AsString != last)
                .Take(size)
                .ToList());
            if (page.Count == 0)
                yield break;
            Dictionary<string, BsonDocument> words = withWords ? WordDocuments(page[0]["_id"].AsString, page[^1]["_id"].AsString) : [];
            foreach (BsonDocument doc in page)
                yield return (doc, words.GetValueOrDefault(doc["_id"].AsString));
            last = page[^1]["_id"].AsString;
            pageSize = Math.Min(pageSize * 4, 64);
        }
    }

    private Dictionary<string, BsonDocument> WordDocuments(string first, string last)
    {
        (string lo, string hi) = string.CompareOrdinal(first, last) <= 0 ? (first, last) : (last, first);
        return Read(() => _dayWords.Find(LiteDB.Query.Between("_id", lo, hi)).ToDictionary(d => d["_id"].AsString, StringComparer.Ordinal));
    }

    /// <summary>Loads posts by key in the keys' order, one statement per page; keys whose post is gone are skipped.</summary>
    private IEnumerable<BsonDocument> PostsByKeys(IEnumerable<string> keys)
    {
        foreach (string[] page in keys.Chunk(PageSize))
        {
            Dictionary<string, BsonDocument> docs = Read(() => _posts
                .Find(LiteDB.Query.In("_id", page.Select(k => new BsonValue(k))))
                .ToDictionary(d => d["_id"].AsString, StringComparer.Ordinal));
            foreach (string key in page)
            {
                if (docs.TryGetValue(key, out BsonDocument? doc))
                    yield return doc;
            }
        }
    }

    private static long Milliseconds(DateTime utc) => utc.Ticks / TimeSpan.TicksPerMillisecond;
}
