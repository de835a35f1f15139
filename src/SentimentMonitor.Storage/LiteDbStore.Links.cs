using LiteDB;
using SentimentMonitor.Core.Collection;

namespace SentimentMonitor.Storage;

/// <summary>The expanded-link cache: one document per shortened URL in the "links" collection.</summary>
public sealed partial class LiteDbStore : ILinkCache
{
    private ILiteCollection<BsonDocument> Links => _db.GetCollection("links");

    public bool TryGetLink(string shortUrl, out string? target, out DateTimeOffset resolvedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(shortUrl);
        BsonDocument? doc = Read(() => Links.FindById(shortUrl));
        target = doc is null || doc["t"].IsNull ? null : doc["t"].AsString;
        resolvedAt = doc is null ? default : new DateTimeOffset(doc["at"].AsInt64, TimeSpan.Zero);
        return doc is not null;
    }

    public void PutLinks(IReadOnlyList<(string ShortUrl, string? Target)> links, DateTimeOffset resolvedAt)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (links.Count == 0)
            return;
        InTransaction(() =>
        {
            foreach ((string shortUrl, string? target) in links)
                Links.Upsert(new BsonDocument
                {
                    ["_id"] = shortUrl,
                    ["t"] = target is null ? BsonValue.Null : new BsonValue(target),
                    ["at"] = resolvedAt.UtcTicks,
                });
        });
    }
}
