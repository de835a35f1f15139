using System.Globalization;
using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Aggregates;

/// <summary>
/// The schema-1 aggregates: one "reactions" document per pub|day|platform|role|specialty|sentiment and one
/// "aspects" document per pub|day|aspect|…. Read only when an old file is opened read-only (opening it for writing rebuilds the counts from the posts).
/// </summary>
internal static class LegacyAggregateRows
{
    public const string Reactions = "reactions";
    public const string AspectsCollection = "aspects";
    private const int PageSize = 5000;

    public static ReactionCount ToReaction(BsonDocument d) => new(
        ParseDay(d["d"].AsString),
        Slugs<Platform>.Parse(d["p"].AsString),
        Slugs<AuthorRole>.Parse(d["r"].AsString),
        Slugs<Specialty>.Parse(d["sp"].AsString),
        d["se"].IsString ? Slugs<Sentiment>.Parse(d["se"].AsString) : null,
        d["n"].AsInt32,
        d["ev"].AsInt32);

    public static AspectCount ToAspect(BsonDocument d) => new(
        ParseDay(d["d"].AsString),
        Slugs<Aspect>.Parse(d["as"].AsString),
        Slugs<Platform>.Parse(d["p"].AsString),
        Slugs<AuthorRole>.Parse(d["r"].AsString),
        Slugs<Specialty>.Parse(d["sp"].AsString),
        d["se"].IsString ? Slugs<Sentiment>.Parse(d["se"].AsString) : null,
        d["n"].AsInt32);

    /// <summary>Rows are ids "pub|yyyy-MM-dd|…": a digit-bounded range selects exactly one publication.</summary>
    public static BsonExpression PublicationRows(string publicationKey) =>
        Query.Between("_id", publicationKey + "|0", publicationKey + "|:");

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
