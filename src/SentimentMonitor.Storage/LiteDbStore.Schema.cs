using LiteDB;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage.Aggregates;

namespace SentimentMonitor.Storage;

/// <summary>
/// The schema version in the "meta" collection and the one migration so far: schema 1 kept one aggregate document
/// per count cell ("reactions", "aspects"); schema 2 keeps one "daily" document per publication and day. Opening an
/// old file for writing migrates it in one transaction; opening it read-only reads the old rows as they are.
/// </summary>
public sealed partial class LiteDbStore
{
    /// <summary>Written into new and migrated files.</summary>
    public const int SchemaVersion = 2;

    private const string SchemaId = "schema";

    /// <summary>True when a schema-1 file was opened read-only: statistics come from the old per-cell rows.</summary>
    private bool _legacyAggregates;

    /// <summary>The file's schema version (1 for files written before the "meta" collection existed).</summary>
    public int StoredSchemaVersion() => Read(() => _db.GetCollection("meta").FindById(SchemaId)?["v"].AsInt32 ?? 1);

    private void CheckSchemaReadOnly() =>
        _legacyAggregates = StoredSchemaVersion() < SchemaVersion && _db.CollectionExists(LegacyAggregateRows.Reactions);

    private void MigrateSchema()
    {
        ILiteCollection<BsonDocument> meta = _db.GetCollection("meta");
        if ((meta.FindById(SchemaId)?["v"].AsInt32 ?? 1) < SchemaVersion)
        {
            InTransaction(() =>
            {
                if (_db.CollectionExists(LegacyAggregateRows.Reactions))
                    MigrateAggregateRows();
                meta.Upsert(new BsonDocument { ["_id"] = SchemaId, ["v"] = SchemaVersion });
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
    /// Folds the per-cell rows into daily documents. Both collections are walked in id order, so each
    /// publication-day is complete when the walk moves past it and is written at once (bounded memory).
    /// </summary>
    private void MigrateAggregateRows()
    {
        DailyCells? day = null;
        foreach (BsonDocument row in LegacyAggregateRows.AllInIdOrder(_db.GetCollection(LegacyAggregateRows.Reactions)))
        {
            ReactionCount r = LegacyAggregateRows.ToReaction(row);
            string pub = LegacyAggregateRows.PublicationOf(row);
            if (day is null || day.Day != r.Day || day.PublicationKey != pub)
            {
                Flush(day);
                day = new DailyCells(pub, r.Day);
            }
            day.AddReaction(DailyCells.CellKey(r.Platform, r.Role, r.Specialty, r.Sentiment), r.Count, r.Evaluating);
        }
        Flush(day);
        day = null;
        foreach (BsonDocument row in LegacyAggregateRows.AllInIdOrder(_db.GetCollection(LegacyAggregateRows.AspectsCollection)))
        {
            AspectCount a = LegacyAggregateRows.ToAspect(row);
            string pub = LegacyAggregateRows.PublicationOf(row);
            if (day is null || day.Day != a.Day || day.PublicationKey != pub)
            {
                Flush(day);
                day = _daily.FindById(DailyCells.Id(pub, a.Day)) is { } stored ? DailyCells.FromDocument(stored) : new DailyCells(pub, a.Day);
            }
            day.AddAspect(DailyCells.AspectKey(a.Aspect, DailyCells.CellKey(a.Platform, a.Role, a.Specialty, a.Sentiment)), a.Count);
        }
        Flush(day);
    }

    private void Flush(DailyCells? day)
    {
        if (day is not null && !day.IsEmpty)
            _daily.Upsert(day.ToDocument());
    }
}
