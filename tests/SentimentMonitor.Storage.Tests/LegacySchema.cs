using System.Globalization;
using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

/// <summary>
/// Turns a database file back into schema 1 (one "reactions"/"aspects" document per count cell, no "meta"), the
/// layout files written before the daily documents had, so migration can be tested on real files.
/// </summary>
public static class LegacySchema
{
    public static void Downgrade(string path, IReadOnlyDictionary<string, (IReadOnlyList<ReactionCount> Counts, IReadOnlyList<AspectCount> Aspects)> byPublication)
    {
        ConnectionString connection = new() { Filename = path, Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal) };
        using LiteDatabase db = new(connection);
        db.DropCollection("daily");
        db.DropCollection("meta");
        ILiteCollection<BsonDocument> reactions = db.GetCollection("reactions");
        ILiteCollection<BsonDocument> aspects = db.GetCollection("aspects");
        foreach ((string pub, (IReadOnlyList<ReactionCount> counts, IReadOnlyList<AspectCount> aspectCounts)) in byPublication)
        {
            foreach (ReactionCount c in counts)
            {
                BsonDocument row = Fields(pub, c.Day, c.Platform, c.Role, c.Specialty, c.Sentiment);
                row["_id"] = $"{pub}|{Day(c.Day)}|{DomainSlugs.Slug(c.Platform)}|{DomainSlugs.Slug(c.Role)}|{DomainSlugs.Slug(c.Specialty)}|{Sentiment(c.Sentiment)}";
                row["n"] = c.Count;
                row["ev"] = c.Evaluating;
                reactions.Insert(row);
            }
            foreach (AspectCount a in aspectCounts)
            {
                BsonDocument row = Fields(pub, a.Day, a.Platform, a.Role, a.Specialty, a.Sentiment);
                row["as"] = DomainSlugs.Slug(a.Aspect);
                row["_id"] = $"{pub}|{Day(a.Day)}|{DomainSlugs.Slug(a.Aspect)}|{DomainSlugs.Slug(a.Platform)}|{DomainSlugs.Slug(a.Role)}|{DomainSlugs.Slug(a.Specialty)}|{Sentiment(a.Sentiment)}";
                row["n"] = a.Count;
                aspects.Insert(row);
            }
        }
    }

    private static BsonDocument Fields(string pub, DateOnly day, Platform platform, AuthorRole role, Specialty specialty, Sentiment? sentiment)
    {
        BsonDocument doc = new() { ["pub"] = pub, ["d"] = Day(day), ["p"] = DomainSlugs.Slug(platform), ["r"] = DomainSlugs.Slug(role), ["sp"] = DomainSlugs.Slug(specialty) };
        if (sentiment is Sentiment s)
            doc["se"] = DomainSlugs.Slug(s);
        return doc;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Sentiment(Sentiment? s) => s is Sentiment v ? DomainSlugs.Slug(v) : "-";

    public static bool HasCollection(string path, string name)
    {
        ConnectionString connection = new() { Filename = path, ReadOnly = true, Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal) };
        using LiteDatabase db = new(connection);
        return db.CollectionExists(name);
    }
}
