using System.Globalization;
using LiteDB;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage.Aggregates;

namespace SentimentMonitor.Storage;

/// <summary>Reads of the pre-aggregated counts: one "daily" document per publication and day (see <see cref="DailyCells"/>).</summary>
public sealed partial class LiteDbStore
{
    public IReadOnlyList<ReactionCount> Counts(string publicationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(publicationKey);
        if (_legacyAggregates)
            return Read(() => _db.GetCollection(LegacyAggregateRows.Reactions).Find(LegacyAggregateRows.PublicationRows(publicationKey)).Select(LegacyAggregateRows.ToReaction).ToArray());
        return Read(() =>
        {
            List<ReactionCount> rows = [];
            foreach (BsonDocument doc in DailyDocuments(publicationKey))
                DailyCells.ReadReactions(doc, rows);
            return rows;
        });
    }

    public IReadOnlyList<AspectCount> AspectCounts(string publicationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(publicationKey);
        if (_legacyAggregates)
            return Read(() => _db.GetCollection(LegacyAggregateRows.AspectsCollection).Find(LegacyAggregateRows.PublicationRows(publicationKey)).Select(LegacyAggregateRows.ToAspect).ToArray());
        return Read(() =>
        {
            List<AspectCount> rows = [];
            foreach (BsonDocument doc in DailyDocuments(publicationKey))
                DailyCells.ReadAspects(doc, rows);
            return rows;
        });
    }

    public (long Posts, DateTimeOffset? LastPostAt) Activity(string publicationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(publicationKey);
        long posts = _legacyAggregates
            ? Counts(publicationKey).Sum(c => (long)c.Count)
            : Read(() => DailyDocuments(publicationKey).Sum(DailyCells.TotalPosts));
        (string lo, string hi) = IndexRange(publicationKey, null, null);
        string? newest = Read(() => _postPubs.Query()
            .Where(LiteDB.Query.Between("_id", lo, hi))
            .OrderBy("_id", LiteDB.Query.Descending)
            .Select("$._id")
            .Limit(1)
            .ToEnumerable()
            .Select(d => d["_id"].AsString)
            .FirstOrDefault());
        if (newest is null)
            return (posts, null);
        string time = newest.Substring(publicationKey.Length + 1, TimeKeyLength);
        return (posts, DateTimeOffset.ParseExact(time, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    /// <summary>Daily ids are "pub|yyyy-MM-dd": a digit-bounded range selects exactly one publication, oldest day first.</summary>
    private List<BsonDocument> DailyDocuments(string publicationKey) =>
        _daily.Find(LiteDB.Query.Between("_id", publicationKey + "|0", publicationKey + "|:")).ToList();
}
