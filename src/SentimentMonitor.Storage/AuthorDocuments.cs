using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Storage;

/// <summary>Hand-written Author ⇄ BsonDocument mapping; "ml" and "hu" hold the machine and human classifications.</summary>
internal static class AuthorDocuments
{
    public static BsonDocument ToDocument(Author author)
    {
        BsonDocument doc = new() { ["_id"] = author.Key };
        WriteProfile(doc, author);
        if (author.Machine is not null)
            doc["ml"] = ClassificationToDocument(author.Machine);
        if (author.Human is not null)
            doc["hu"] = ClassificationToDocument(author.Human);
        return doc;
    }

    /// <summary>Overwrites the profile fields (everything but the labels) from <paramref name="author"/>.</summary>
    public static void WriteProfile(BsonDocument doc, Author author)
    {
        doc["p"] = Slugs<Platform>.Of(author.Platform);
        doc["h"] = author.Handle;
        doc["hl"] = NormalizeHandle(author.Handle);
        SetOrRemove(doc, "n", author.DisplayName);
        SetOrRemove(doc, "b", author.Bio);
        if (author.Followers is int followers) doc["f"] = followers; else doc.Remove("f");
        SetOrRemove(doc, "vt", author.VerifiedType);
        if (author.IsBot) doc["bot"] = true; else doc.Remove("bot");
        doc["seen"] = author.ProfileSeenAt.UtcDateTime;
    }

    /// <summary>
    /// The lookup form of a handle: cleaned as handles are where they are parsed (<see cref="ProfileText.Handle"/>: a
    /// handle typed with control characters finds the stored, cleaned one), without '@', lower case.
    /// </summary>
    public static string NormalizeHandle(string handle) => ProfileText.Handle(handle, "").TrimStart('@').ToLowerInvariant();

    public static Author FromDocument(BsonDocument doc)
    {
        string key = doc["_id"].AsString;
        return new Author
        {
            Platform = Slugs<Platform>.Parse(doc["p"].AsString),
            AccountId = key[(key.IndexOf(':') + 1)..],
            Handle = doc["h"].AsString,
            DisplayName = PostDocuments.NullableString(doc["n"]),
            Bio = PostDocuments.NullableString(doc["b"]),
            Followers = doc["f"].IsNumber ? doc["f"].AsInt32 : null,
            VerifiedType = PostDocuments.NullableString(doc["vt"]),
            IsBot = doc["bot"].IsBoolean && doc["bot"].AsBoolean,
            ProfileSeenAt = BsonTime.ReadNullable(doc["seen"]) ?? DateTimeOffset.MinValue,
            Machine = doc["ml"].IsDocument ? ClassificationFromDocument(doc["ml"].AsDocument) : null,
            Human = doc["hu"].IsDocument ? ClassificationFromDocument(doc["hu"].AsDocument) : null,
        };
    }

    /// <summary>Role and specialty in effect (human over machine), as the aggregates count them.</summary>
    /// <summary>The display name of a stored author (null when unknown): part of its posts' word signatures.</summary>
    public static string? DisplayName(BsonDocument? doc) => doc is null ? null : PostDocuments.NullableString(doc["n"]);

    public static (AuthorRole Role, Specialty Specialty) EffectiveRole(BsonDocument? doc)
    {
        if (doc is null)
            return (AuthorRole.Unknown, Specialty.Unknown);
        BsonValue c = doc["hu"].IsDocument ? doc["hu"] : doc["ml"];
        return c.IsDocument
            ? (Slugs<AuthorRole>.Parse(c["r"].AsString), Slugs<Specialty>.Parse(c["sp"].AsString))
            : (AuthorRole.Unknown, Specialty.Unknown);
    }

    public static BsonDocument ClassificationToDocument(AuthorClassification c) => new()
    {
        ["r"] = Slugs<AuthorRole>.Of(c.Role),
        ["sp"] = Slugs<Specialty>.Of(c.Specialty),
        ["st"] = Slugs<CareerStage>.Of(c.Stage),
        ["e"] = new BsonArray(c.Evidence.Select(e => new BsonValue(e))),
        ["src"] = c.Source,
    };

    private static AuthorClassification ClassificationFromDocument(BsonDocument c) => new(
        Slugs<AuthorRole>.Parse(c["r"].AsString),
        Slugs<Specialty>.Parse(c["sp"].AsString),
        Slugs<CareerStage>.Parse(c["st"].AsString),
        c["e"].IsArray ? c["e"].AsArray.Select(v => v.AsString).ToArray() : [],
        c["src"].AsString);

    private static void SetOrRemove(BsonDocument doc, string field, string? value)
    {
        if (value is null) doc.Remove(field); else doc[field] = value;
    }
}
