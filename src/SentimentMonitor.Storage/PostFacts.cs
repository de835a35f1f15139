using LiteDB;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage;

/// <summary>
/// What a stored post contributes to the pre-aggregated counts: the publications it cites, its day and
/// platform, and the labels in effect; and the text and handle its word signature is built from. Read from the document
/// so label changes can be turned into deltas.
/// </summary>
internal sealed record PostFacts(
    string PostKey,
    string[] Publications,
    DateTimeOffset CreatedAt,
    Platform Platform,
    string AuthorKey,
    Sentiment? Sentiment,
    bool Evaluating,
    IReadOnlyList<Aspect> Aspects,
    string Text,
    string Handle)
{
    /// <summary>Pseudo publication key of posts that cite nothing; '!' never starts a real key.</summary>
    public const string Unmatched = "!unmatched";

    public static PostFacts From(BsonDocument doc)
    {
        string[] pubs = doc["pm"].IsArray
            ? doc["pm"].AsArray.Select(m => m["k"].AsString).Distinct(StringComparer.Ordinal).ToArray()
            : [];
        Sentiment? sentiment = doc["hs"].IsString
            ? Slugs<Sentiment>.Parse(doc["hs"].AsString)
            : doc["s"].IsDocument ? Slugs<Sentiment>.Parse(doc["s"]["l"].AsString) : null;
        IReadOnlyList<Aspect> aspects = PostDocuments.ReadAspects(doc["has"]) ?? PostDocuments.ReadAspects(doc["as"]) ?? [];
        return new PostFacts(
            doc["_id"].AsString,
            pubs,
            BsonTime.Read(doc["t"]),
            Slugs<Platform>.Parse(doc["p"].AsString),
            doc["a"].AsString,
            sentiment,
            doc["ev"].IsBoolean && doc["ev"].AsBoolean,
            aspects.Distinct().ToArray(),
            PostDocuments.NullableString(doc["x"]) ?? "",
            PostDocuments.NullableString(doc["h"]) ?? "");
    }

    /// <summary>Keys of this post in the post_pubs index collection ("pub|time|postKey"), the unmatched pseudo key when none.</summary>
    public IEnumerable<string> IndexKeys()
    {
        string time = BsonTime.Key(CreatedAt);
        if (Publications.Length == 0)
        {
            yield return $"{Unmatched}|{time}|{PostKey}";
            yield break;
        }
        foreach (string pub in Publications)
            yield return $"{pub}|{time}|{PostKey}";
    }
}
