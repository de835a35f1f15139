using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage.Aggregates;

namespace SentimentMonitor.Storage;

/// <summary>
/// The schema version in the "meta" collection and the migration. Schema 1 kept one aggregate document per count cell
/// ("reactions", "aspects"); schema 2 keeps one "daily" count document and one "day_posts" list per publication and day;
/// schema 3 adds the "day_words" signatures beside each day list (the word index of text search). Opening an older file
/// for writing rebuilds all three from the posts, then marks the file schema 3; opening it read-only reads what is there
/// (schema 1: the old rows, posts filtered from their documents; schema 2: no word index, text searches read posts).
/// </summary>
public sealed partial class LiteDbStore
{
    /// <summary>Written into new and migrated files.</summary>
    public const int SchemaVersion = 3;

    private const string SchemaId = "schema";

    /// <summary>True when a schema-1 file was opened read-only: no daily documents or day post lists to read.</summary>
    private bool _legacyAggregates;

    /// <summary>True when an older file was opened read-only: no day_words signatures, so text queries are not narrowed.</summary>
    private bool _noWordIndex;

    /// <summary>The file's schema version (1 for files written before the "meta" collection existed).</summary>
    public int StoredSchemaVersion() => Read(() => _db.GetCollection("meta").FindById(SchemaId)?["v"].AsInt32 ?? 1);

    private void CheckSchemaReadOnly()
    {
        int version = StoredSchemaVersion();
        _legacyAggregates = version < 2;
        _noWordIndex = version < 3;
    }

    private void MigrateSchema()
    {
        if (StoredSchemaVersion() < SchemaVersion)
        {
            RebuildAggregates();
            // Only this commit makes the new documents count: a kill before it leaves schema 1, and the next open rebuilds.
            InTransaction(() => _db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = SchemaId, ["v"] = SchemaVersion }));
        }
        // After the commit (a kill before this point leaves them to the next open): the old rows are dead weight.
        foreach (string old in new[] { LegacyAggregateRows.Reactions, LegacyAggregateRows.AspectsCollection })
        {
            if (_db.CollectionExists(old))
                _db.DropCollection(old);
        }
    }

    /// <summary>
    /// Recounts every daily document and day post list from the posts: one scan of the posts (and of the authors, for
    /// roles) in materialised pages, the counts gathered in memory (~100 bytes per post and publication), then written
    /// in transactions of a few hundred days. Not one big transaction: LiteDB keeps every page a write transaction reads
    /// until it commits. The documents are only trusted once the schema version is written after this returns.
    /// </summary>
    private void RebuildAggregates()
    {
        Dictionary<string, ((AuthorRole, Specialty) Role, string? Name)> authors = new(StringComparer.Ordinal);
        foreach (BsonDocument author in ScanInIdOrder(_authors))
            authors[author["_id"].AsString] = (AuthorDocuments.EffectiveRole(author), AuthorDocuments.DisplayName(author));
        Dictionary<(string Pub, DateOnly Day), (DailyCells Cells, DayPostList Posts)> days = [];
        foreach (BsonDocument doc in ScanInIdOrder(_posts))
        {
            PostFacts facts = PostFacts.From(doc);
            if (!authors.TryGetValue(facts.AuthorKey, out var author))
                author = (AuthorDocuments.EffectiveRole(null), null);
            (AuthorRole Role, Specialty Specialty) who = author.Role;
            DateOnly day = DateOnly.FromDateTime(facts.CreatedAt.UtcDateTime);
            int cell = DailyCells.CellKey(facts.Platform, who.Role, who.Specialty, facts.Sentiment);
            DayPostList.Entry entry = AggregateDelta.Entry(facts, who, author.Name);
            foreach (string pub in facts.Publications)
            {
                if (!days.TryGetValue((pub, day), out var target))
                    days[(pub, day)] = target = (new DailyCells(pub, day), new DayPostList(pub, day));
                target.Cells.AddReaction(cell, 1, facts.Evaluating ? 1 : 0);
                foreach (Aspect aspect in facts.Aspects)
                    target.Cells.AddAspect(DailyCells.AspectKey(aspect, cell), 1);
                target.Posts.Set(entry);
            }
        }
        InTransaction(() =>
        {
            _daily.DeleteAll();
            _dayPosts.DeleteAll();
            _dayWords.DeleteAll();
        });
        foreach (var chunk in days.Values.Chunk(500))
        {
            InTransaction(() =>
            {
                _daily.Insert(chunk.Select(d => d.Cells.ToDocument()));
                var lists = chunk.Select(d => d.Posts.ToDocuments()).ToList();
                _dayPosts.Insert(lists.Select(l => l.Posts));
                _dayWords.Insert(lists.Select(l => l.Words));
            });
        }
    }

    /// <summary>Every document in _id order, a materialised page at a time (no reader stays open between pages).</summary>
    private IEnumerable<BsonDocument> ScanInIdOrder(ILiteCollection<BsonDocument> collection)
    {
        BsonValue after = BsonValue.MinValue;
        while (true)
        {
            BsonValue lo = after;
            List<BsonDocument> page = Read(() => collection.Query().Where(LiteDB.Query.GT("_id", lo)).OrderBy("_id").Limit(5000).ToList());
            if (page.Count == 0)
                yield break;
            foreach (BsonDocument doc in page)
                yield return doc;
            after = page[^1]["_id"];
        }
    }
}
