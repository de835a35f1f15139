using System.Globalization;
using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage;

/// <summary>Reads of the pre-aggregated counts, kept exact by every write (see <see cref="AggregateDelta"/>).</summary>
public sealed partial class LiteDbStore
{
    public IReadOnlyList<ReactionCount> Counts(string publicationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(publicationKey);
        return Read(() => _reactions.Find(PublicationRows(publicationKey)).Select(d => new ReactionCount(
            ParseDay(d["d"].AsString),
            Slugs<Platform>.Parse(d["p"].AsString),
            Slugs<AuthorRole>.Parse(d["r"].AsString),
            Slugs<Specialty>.Parse(d["sp"].AsString),
            d["se"].IsString ? Slugs<Sentiment>.Parse(d["se"].AsString) : null,
            d["n"].AsInt32,
            d["ev"].AsInt32)).ToArray());
    }

    public IReadOnlyList<AspectCount> AspectCounts(string publicationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(publicationKey);
        return Read(() => _aspects.Find(PublicationRows(publicationKey)).Select(d => new AspectCount(
            ParseDay(d["d"].AsString),
            Slugs<Aspect>.Parse(d["as"].AsString),
            Slugs<Platform>.Parse(d["p"].AsString),
            Slugs<AuthorRole>.Parse(d["r"].AsString),
            Slugs<Specialty>.Parse(d["sp"].AsString),
            d["se"].IsString ? Slugs<Sentiment>.Parse(d["se"].AsString) : null,
            d["n"].AsInt32)).ToArray());
    }

    public (long Posts, DateTimeOffset? LastPostAt) Activity(string publicationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(publicationKey);
        long posts = Counts(publicationKey).Sum(c => (long)c.Count);
        (string lo, string hi) = IndexRange(publicationKey, null, null);
        string? newest = Read(() => _postPubs.Query()
            .Where(LiteDB.Query.Between("_id", lo, hi))
            .OrderBy("_id", LiteDB.Query.Descending)
            .Limit(1)
            .ToEnumerable()
            .Select(d => d["_id"].AsString)
            .FirstOrDefault());
        if (newest is null)
            return (posts, null);
        string time = newest.Substring(publicationKey.Length + 1, TimeKeyLength);
        return (posts, DateTimeOffset.ParseExact(time, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    // Aggregate ids start with "pub|yyyy-MM-dd|", so a digit-bounded range selects exactly one publication.
    private static BsonExpression PublicationRows(string publicationKey) =>
        LiteDB.Query.Between("_id", publicationKey + "|0", publicationKey + "|:");

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
