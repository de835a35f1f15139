using LiteDB;
using SentimentMonitor.Storage.Aggregates;

namespace SentimentMonitor.Storage;

/// <summary>
/// The schema version in the "meta" collection and the one migration so far. Schema 1 kept one aggregate document
/// per count cell ("reactions", "aspects"); schema 2 keeps one "daily" count document and one "day_posts" list per
/// publication and day. Opening an old file for writing rebuilds both from the posts in one transaction; opening it
/// read-only reads the old rows as they are (and filters posts from their documents).
/// </summary>
public sealed partial class LiteDbStore
{
    /// <summary>Written into new and migrated files.</summary>
    public const int SchemaVersion = 2;

    private const string SchemaId = "schema";

    /// <summary>True when a schema-1 file was opened read-only: no daily documents or day post lists to read.</summary>
    private bool _legacyAggregates;

    /// <summary>The file's schema version (1 for files written before the "meta" collection existed).</summary>
    public int StoredSchemaVersion() => Read(() => _db.GetCollection("meta").FindById(SchemaId)?["v"].AsInt32 ?? 1);

    private void CheckSchemaReadOnly() => _legacyAggregates = StoredSchemaVersion() < SchemaVersion;

    private void MigrateSchema()
    {
        if (StoredSchemaVersion() < SchemaVersion)
        {
            InTransaction(() =>
            {
                RebuildAggregatesInTransaction();
                _db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = SchemaId, ["v"] = SchemaVersion });
            });
        }
        // After the commit (a kill before this point leaves them to the next open): the old rows are dead weight.
        foreach (string old in new[] { LegacyAggregateRows.Reactions, LegacyAggregateRows.AspectsCollection })
        {
            if (_db.CollectionExists(old))
                _db.DropCollection(old);
        }
    }

    /// <summary>
    /// Recounts every daily document and day post list from the posts, in one transaction. Used by the migration;
    /// also a repair for a file whose aggregates are suspected wrong. Costs about one post read per (post, publication).
    /// </summary>
    public void RebuildAggregates() => InTransaction(RebuildAggregatesInTransaction);

    /// <summary>
    /// Walks the post_pubs keys ("pub|time|postKey", so each publication-day is contiguous), reads their posts a page
    /// at a time, and writes each publication-day when the walk moves past it: memory stays bounded at any size.
    /// </summary>
    private void RebuildAggregatesInTransaction()
    {
        _daily.DeleteAll();
        _dayPosts.DeleteAll();
        Dictionary<string, (Core.Domain.AuthorRole, Core.Domain.Specialty)> roles = new(StringComparer.Ordinal);
        DailyCells? cells = null;
        DayPostList? list = null;
        string after = PostFacts.Unmatched + "|~"; // '!' sorts first: unmatched posts have no aggregates
        while (true)
        {
            string lo = after;
            List<string> keys = _postPubs.Query().Where(LiteDB.Query.GT("_id", lo)).OrderBy("_id").Select("$._id").Limit(2000)
                .ToEnumerable().Select(d => d["_id"].AsString).ToList();
            if (keys.Count == 0)
                break;
            after = keys[^1];
            List<(string Pub, string PostKey)> parsed = keys.Select(SplitIndexKey).Where(k => k.Pub.Length > 0).ToList();
            Dictionary<string, BsonDocument> posts = _posts.Find(LiteDB.Query.In("_id", parsed.Select(k => new BsonValue(k.PostKey)).Distinct()))
                .ToDictionary(d => d["_id"].AsString, StringComparer.Ordinal);
            LoadRoles(posts.Values.Select(d => d["a"].AsString), roles);
            foreach ((string pub, string postKey) in parsed)
            {
                if (!posts.TryGetValue(postKey, out BsonDocument? doc))
                    continue; // an index entry without its post cannot be counted
                PostFacts facts = PostFacts.From(doc);
                DateOnly day = DateOnly.FromDateTime(facts.CreatedAt.UtcDateTime);
                if (cells is null || cells.Day != day || cells.PublicationKey != pub)
                {
                    Flush(cells, list);
                    (cells, list) = (new DailyCells(pub, day), new DayPostList(pub, day));
                }
                (Core.Domain.AuthorRole role, Core.Domain.Specialty specialty) = roles[facts.AuthorKey];
                int cell = DailyCells.CellKey(facts.Platform, role, specialty, facts.Sentiment);
                cells.AddReaction(cell, 1, facts.Evaluating ? 1 : 0);
                foreach (Core.Domain.Aspect aspect in facts.Aspects)
                    cells.AddAspect(DailyCells.AspectKey(aspect, cell), 1);
                list!.Set(new DayPostList.Entry((int)facts.CreatedAt.UtcDateTime.TimeOfDay.TotalMilliseconds,
                    PostFacets.Pack(facts.Sentiment, role, specialty, facts.Aspects), postKey));
            }
        }
        Flush(cells, list);
    }

    private void LoadRoles(IEnumerable<string> authorKeys, Dictionary<string, (Core.Domain.AuthorRole, Core.Domain.Specialty)> roles)
    {
        BsonValue[] missing = authorKeys.Where(k => !roles.ContainsKey(k)).Distinct(StringComparer.Ordinal).Select(k => new BsonValue(k)).ToArray();
        if (missing.Length == 0)
            return;
        foreach (BsonDocument author in _authors.Find(LiteDB.Query.In("_id", missing)))
            roles[author["_id"].AsString] = AuthorDocuments.EffectiveRole(author);
        foreach (BsonValue key in missing)
            roles.TryAdd(key.AsString, AuthorDocuments.EffectiveRole(null));
    }

    private void Flush(DailyCells? cells, DayPostList? list)
    {
        if (cells is not null && !cells.IsEmpty)
            _daily.Upsert(cells.ToDocument());
        if (list is not null && list.Count > 0)
            _dayPosts.Upsert(list.ToDocument());
    }

    /// <summary>
    /// Splits "pub|yyyy-MM-ddTHH:mm:ss.fffZ|postKey" at the time (publication keys are free text; the time is fixed-width).
    /// Empty publication when the key has no such time.
    /// </summary>
    internal static (string Pub, string PostKey) SplitIndexKey(string key)
    {
        for (int i = key.IndexOf('|'); i >= 0 && i + TimeKeyLength + 2 <= key.Length; i = key.IndexOf('|', i + 1))
        {
            if (key[i + TimeKeyLength + 1] == '|' && key[i + 11] == 'T' && key[i + TimeKeyLength] == 'Z')
                return (key[..i], key[(i + TimeKeyLength + 2)..]);
        }
        return ("", key);
    }
}
