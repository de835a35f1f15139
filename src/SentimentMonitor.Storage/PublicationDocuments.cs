using System.Globalization;
using LiteDB;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage;

/// <summary>Hand-written Publication and CollectionCursor ⇄ BsonDocument mapping.</summary>
internal static class PublicationDocuments
{
    public static BsonDocument ToDocument(Publication p)
    {
        BsonDocument doc = new()
        {
            ["_id"] = p.Key,
            ["urls"] = new BsonArray(p.Urls.Select(u => new BsonValue(u))),
            ["kw"] = new BsonArray(p.Keywords.Select(k => new BsonValue(k))),
            ["tracked"] = p.TrackedAt.UtcDateTime,
        };
        if (p.Doi is not null) doc["doi"] = p.Doi;
        if (p.Pmid is not null) doc["pmid"] = p.Pmid;
        if (p.Pmcid is not null) doc["pmcid"] = p.Pmcid;
        if (p.Title is not null) doc["title"] = p.Title;
        if (p.Journal is not null) doc["journal"] = p.Journal;
        if (p.PublishedOn is DateOnly on) doc["on"] = BsonTime.Day(on);
        return doc;
    }

    public static Publication FromDocument(BsonDocument doc) => new()
    {
        Key = doc["_id"].AsString,
        Doi = PostDocuments.NullableString(doc["doi"]),
        Pmid = PostDocuments.NullableString(doc["pmid"]),
        Pmcid = PostDocuments.NullableString(doc["pmcid"]),
        Title = PostDocuments.NullableString(doc["title"]),
        Journal = PostDocuments.NullableString(doc["journal"]),
        PublishedOn = doc["on"].IsString ? DateOnly.ParseExact(doc["on"].AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Urls = doc["urls"].IsArray ? doc["urls"].AsArray.Select(v => v.AsString).ToArray() : [],
        Keywords = doc["kw"].IsArray ? doc["kw"].AsArray.Select(v => v.AsString).ToArray() : [],
        TrackedAt = BsonTime.ReadNullable(doc["tracked"]) ?? DateTimeOffset.MinValue,
    };

    public static BsonDocument CursorToDocument(CollectionCursor c)
    {
        BsonDocument doc = new()
        {
            ["_id"] = c.Key,
            ["pub"] = c.PublicationKey,
            ["src"] = c.Source,
            ["q"] = c.Query,
            ["upd"] = c.UpdatedAt.UtcDateTime,
        };
        if (c.HighWaterMark is not null) doc["hw"] = c.HighWaterMark;
        if (c.PageCursor is not null) doc["pc"] = c.PageCursor;
        if (c.PendingHighWaterMark is not null) doc["phw"] = c.PendingHighWaterMark;
        return doc;
    }

    public static CollectionCursor CursorFromDocument(BsonDocument doc) => new()
    {
        PublicationKey = doc["pub"].AsString,
        Source = doc["src"].AsString,
        Query = doc["q"].AsString,
        HighWaterMark = PostDocuments.NullableString(doc["hw"]),
        PageCursor = PostDocuments.NullableString(doc["pc"]),
        PendingHighWaterMark = PostDocuments.NullableString(doc["phw"]),
        UpdatedAt = BsonTime.ReadNullable(doc["upd"]) ?? DateTimeOffset.MinValue,
    };
}
