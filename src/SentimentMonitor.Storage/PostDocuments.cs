using LiteDB;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage;

/// <summary>
/// Hand-written Post ⇄ BsonDocument mapping with short field names and defaults left out, so documents stay
/// lean (insert speed tracks document size) and no mapper trims strings or turns "" into null.
/// </summary>
internal static class PostDocuments
{
    // Label fields kept from the stored document when a post is imported again.
    public static readonly string[] LabelFields = ["s", "hs", "ev", "as", "has"];

    public static BsonDocument ToDocument(Post post)
    {
        BsonDocument doc = new()
        {
            ["_id"] = post.Key,
            ["p"] = Slugs<Platform>.Of(post.Platform),
            ["t"] = post.CreatedAt.UtcDateTime,
            ["a"] = post.AuthorKey,
            ["h"] = post.AuthorHandle,
            ["x"] = post.Text,
        };
        if (post.Url is not null)
            doc["u"] = post.Url;
        if (post.Links.Count > 0)
            doc["l"] = new BsonArray(post.Links.Select(l => new BsonValue(l)));
        if (post.Relation != PostRelation.Original)
            doc["r"] = Slugs<PostRelation>.Of(post.Relation);
        if (post.ReferencedPostId is not null)
            doc["rf"] = post.ReferencedPostId;
        PostMetrics m = post.Metrics;
        if (m.Likes != 0 || m.Reposts != 0 || m.Replies != 0 || m.Quotes != 0)
            doc["m"] = new BsonArray(new BsonValue(m.Likes), new BsonValue(m.Reposts), new BsonValue(m.Replies), new BsonValue(m.Quotes));
        if (m.Impressions is long impressions)
            doc["mi"] = impressions;
        if (post.Language is not null)
            doc["lg"] = post.Language;
        if (post.RawJson is not null)
        {
            doc["rw"] = RawJsonCodec.Compress(post.RawJson, out int length);
            doc["rl"] = length;
        }
        doc["pm"] = MatchesToArray(post.Matches);
        WriteLabels(doc, post);
        return doc;
    }

    public static BsonArray MatchesToArray(IReadOnlyList<PublicationMatch> matches)
    {
        BsonArray array = new();
        foreach (PublicationMatch match in matches)
            array.Add(new BsonDocument { ["k"] = match.PublicationKey, ["m"] = Slugs<MatchKind>.Of(match.Kind), ["e"] = match.Evidence });
        return array;
    }

    private static void WriteLabels(BsonDocument doc, Post post)
    {
        if (post.Sentiment is not null)
            doc["s"] = SentimentToDocument(post.Sentiment);
        if (post.HumanSentiment is Sentiment human)
            doc["hs"] = Slugs<Sentiment>.Of(human);
        if (post.Evaluating is bool evaluating)
            doc["ev"] = evaluating;
        if (post.Aspects is not null)
            doc["as"] = AspectsToArray(post.Aspects);
        if (post.HumanAspects is not null)
            doc["has"] = AspectsToArray(post.HumanAspects);
    }

    public static BsonDocument SentimentToDocument(SentimentPrediction s) => new()
    {
        ["l"] = Slugs<Sentiment>.Of(s.Label),
        ["n"] = (double)s.Negative,
        ["u"] = (double)s.Neutral,
        ["q"] = (double)s.Positive,
        ["v"] = s.ModelVersion,
    };

    public static BsonArray AspectsToArray(IEnumerable<Aspect> aspects) =>
        new(aspects.Select(a => new BsonValue(Slugs<Aspect>.Of(a))));

    public static Post FromDocument(BsonDocument doc)
    {
        string key = doc["_id"].AsString;
        Platform platform = Slugs<Platform>.Parse(doc["p"].AsString);
        BsonValue metrics = doc["m"];
        return new Post
        {
            Platform = platform,
            PlatformId = key[(key.IndexOf(':') + 1)..],
            Url = NullableString(doc["u"]),
            CreatedAt = BsonTime.Read(doc["t"]),
            AuthorKey = doc["a"].AsString,
            AuthorHandle = doc["h"].AsString,
            Text = doc["x"].AsString,
            Links = doc["l"].IsArray ? doc["l"].AsArray.Select(v => v.AsString).ToArray() : [],
            Relation = doc["r"].IsString ? Slugs<PostRelation>.Parse(doc["r"].AsString) : PostRelation.Original,
            ReferencedPostId = NullableString(doc["rf"]),
            Metrics = new PostMetrics(
                metrics.IsArray ? metrics[0].AsInt32 : 0,
                metrics.IsArray ? metrics[1].AsInt32 : 0,
                metrics.IsArray ? metrics[2].AsInt32 : 0,
                metrics.IsArray ? metrics[3].AsInt32 : 0,
                doc["mi"].IsNumber ? doc["mi"].AsInt64 : null),
            Language = NullableString(doc["lg"]),
            RawJson = doc["rw"].IsBinary ? RawJsonCodec.Decompress(doc["rw"].AsBinary, doc["rl"].AsInt32) : null,
            Matches = ReadMatches(doc),
            Sentiment = doc["s"].IsDocument ? SentimentFromDocument(doc["s"].AsDocument) : null,
            HumanSentiment = doc["hs"].IsString ? Slugs<Sentiment>.Parse(doc["hs"].AsString) : null,
            Evaluating = doc["ev"].IsBoolean ? doc["ev"].AsBoolean : null,
            Aspects = ReadAspects(doc["as"]),
            HumanAspects = ReadAspects(doc["has"]),
        };
    }

    public static IReadOnlyList<PublicationMatch> ReadMatches(BsonDocument doc) =>
        doc["pm"].IsArray
            ? doc["pm"].AsArray.Select(v => new PublicationMatch(v["k"].AsString, Slugs<MatchKind>.Parse(v["m"].AsString), v["e"].AsString)).ToArray()
            : [];

    private static SentimentPrediction SentimentFromDocument(BsonDocument s) =>
        new(Slugs<Sentiment>.Parse(s["l"].AsString), (float)s["n"].AsDouble, (float)s["u"].AsDouble, (float)s["q"].AsDouble, s["v"].AsString);

    public static IReadOnlyList<Aspect>? ReadAspects(BsonValue value) =>
        value.IsArray ? value.AsArray.Select(v => Slugs<Aspect>.Parse(v.AsString)).ToArray() : null;

    public static string? NullableString(BsonValue value) => value.IsString ? value.AsString : null;
}
