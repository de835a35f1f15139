using LiteDB;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage;

/// <summary>
/// Pending changes to the pre-aggregated reaction and aspect counts within one transaction. Posts are removed
/// with their old facts and added with their new ones; only keys whose totals change are written.
/// </summary>
internal sealed class AggregateDelta
{
    private readonly Dictionary<string, (BsonDocument Fields, int Count, int Evaluating)> _reactions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (BsonDocument Fields, int Count)> _aspects = new(StringComparer.Ordinal);

    public bool IsEmpty => _reactions.Count == 0 && _aspects.Count == 0;

    public void Add(PostFacts facts, (AuthorRole Role, Specialty Specialty) author, int sign)
    {
        string day = BsonTime.Day(DateOnly.FromDateTime(facts.CreatedAt.UtcDateTime));
        string platform = Slugs<Platform>.Of(facts.Platform);
        string role = Slugs<AuthorRole>.Of(author.Role);
        string specialty = Slugs<Specialty>.Of(author.Specialty);
        string sentiment = facts.Sentiment is Sentiment s ? Slugs<Sentiment>.Of(s) : "-";
        foreach (string pub in facts.Publications)
        {
            string key = $"{pub}|{day}|{platform}|{role}|{specialty}|{sentiment}";
            _reactions.TryGetValue(key, out var entry);
            entry.Fields ??= Fields(pub, day, platform, role, specialty, facts.Sentiment);
            _reactions[key] = (entry.Fields, entry.Count + sign, entry.Evaluating + (facts.Evaluating ? sign : 0));
            foreach (Aspect aspect in facts.Aspects)
            {
                string aspectSlug = Slugs<Aspect>.Of(aspect);
                string aspectKey = $"{pub}|{day}|{aspectSlug}|{platform}|{role}|{specialty}|{sentiment}";
                _aspects.TryGetValue(aspectKey, out var aspectEntry);
                if (aspectEntry.Fields is null)
                {
                    aspectEntry.Fields = Fields(pub, day, platform, role, specialty, facts.Sentiment);
                    aspectEntry.Fields["as"] = aspectSlug;
                }
                _aspects[aspectKey] = (aspectEntry.Fields, aspectEntry.Count + sign);
            }
        }
    }

    /// <summary>Writes the changed totals; rows that reach zero are deleted so scans stay short.</summary>
    public void Apply(ILiteCollection<BsonDocument> reactions, ILiteCollection<BsonDocument> aspects)
    {
        foreach ((string key, (BsonDocument fields, int count, int evaluating)) in _reactions)
        {
            if (count == 0 && evaluating == 0)
                continue;
            BsonDocument? row = reactions.FindById(key);
            int n = (row?["n"].AsInt32 ?? 0) + count;
            int ev = (row?["ev"].AsInt32 ?? 0) + evaluating;
            if (n <= 0)
            {
                if (row is not null) reactions.Delete(key);
                continue;
            }
            row ??= new BsonDocument(fields) { ["_id"] = key };
            row["n"] = n;
            row["ev"] = ev;
            reactions.Upsert(row);
        }
        foreach ((string key, (BsonDocument fields, int count)) in _aspects)
        {
            if (count == 0)
                continue;
            BsonDocument? row = aspects.FindById(key);
            int n = (row?["n"].AsInt32 ?? 0) + count;
            if (n <= 0)
            {
                if (row is not null) aspects.Delete(key);
                continue;
            }
            row ??= new BsonDocument(fields) { ["_id"] = key };
            row["n"] = n;
            aspects.Upsert(row);
        }
        _reactions.Clear();
        _aspects.Clear();
    }

    private static BsonDocument Fields(string pub, string day, string platform, string role, string specialty, Sentiment? sentiment)
    {
        BsonDocument doc = new() { ["pub"] = pub, ["d"] = day, ["p"] = platform, ["r"] = role, ["sp"] = specialty };
        if (sentiment is Sentiment s)
            doc["se"] = Slugs<Sentiment>.Of(s);
        return doc;
    }
}
