using System.Net;
using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;
using SentimentMonitor.Sources.Import.Text;

namespace SentimentMonitor.Sources.Import.X;

/// <summary>
/// Maps one X API v2 tweet object to a post and its author. Text is HTML-decoded (X escapes &amp;, &lt;, &gt;)
/// and long posts use <c>note_tweet.text</c>; a retweet becomes a repost carrying the original's full text and
/// links; links use unwound_url, then expanded_url, then the t.co url, never display_url.
/// </summary>
public static class XTweetMapper
{
    /// <summary>Account id used when a tweet was fetched without the author_id field.</summary>
    public const string UnknownAuthorId = "unknown";

    /// <summary>Maps a tweet; references and the author are looked up inline first (flattened) then in <paramref name="expansions"/>.</summary>
    public static ParseOutcome Map(JsonElement tweet, XExpansions expansions, string source, long line = 1)
    {
        ArgumentNullException.ThrowIfNull(expansions);
        try
        {
            return ParseOutcome.Ok(line, MapRecord(tweet, expansions));
        }
        catch (RecordException ex)
        {
            return ParseOutcome.Fail(new RejectedRecord(source, line, Describe(tweet, ex.Message), ex.Field));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
        {
            return ParseOutcome.Fail(new RejectedRecord(source, line, Describe(tweet, $"unreadable tweet: {ex.Message}")));
        }
    }

    private static ParsedRecord MapRecord(JsonElement tweet, XExpansions expansions)
    {
        string id = tweet.Required("id"u8, "id");
        // Pages requested with default fields have neither created_at nor author_id: the time is in the id, and the
        // author is kept explicitly unknown (one shared "unknown" account) rather than dropping the post.
        DateTimeOffset createdAt = tweet.String("created_at"u8) is null && XSnowflake.TryGetTime(id, out DateTimeOffset fromId)
            ? fromId
            : Timestamps.Required(tweet, "created_at"u8, "created_at");
        JsonElement? inlineAuthor = tweet.Object("author"u8);
        string authorId = tweet.String("author_id"u8) ?? inlineAuthor?.String("id"u8) ?? UnknownAuthorId;
        Author author = XUserMapper.Map(inlineAuthor ?? expansions.User(authorId), authorId, createdAt);

        (PostRelation relation, string? referencedId) = Relation(tweet);
        LinkList links = new();
        AddLinks(tweet, links);
        string text = FullText(tweet);
        if (relation == PostRelation.Repost && Referenced(tweet, referencedId, expansions) is { } original)
        {
            // The retweet's own text is "RT @x: …" cut at 140: people saw the original.
            text = FullText(original);
            AddLinks(original, links);
        }

        JsonElement? metrics = tweet.Object("public_metrics"u8);
        Post post = new()
        {
            Platform = Platform.X,
            PlatformId = id,
            Url = XUserMapper.Permalink(author, id),
            CreatedAt = createdAt,
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = text,
            Links = links.ToList(),
            Relation = relation,
            ReferencedPostId = referencedId,
            Metrics = metrics is { } m
                ? new PostMetrics(m.Int("like_count"u8), m.Int("retweet_count"u8), m.Int("reply_count"u8), m.Int("quote_count"u8), m.Long("impression_count"u8))
                : new PostMetrics(),
            Language = tweet.String("lang"u8),
            RawJson = XRawTweet.Write(tweet),
        };
        return new ParsedRecord(post, author);
    }

    /// <summary>Repost wins over quote, quote over reply: it says most about whose words the text is.</summary>
    private static (PostRelation, string?) Relation(JsonElement tweet)
    {
        if (tweet.Array("referenced_tweets"u8) is not { } references)
            return (PostRelation.Original, null);
        (PostRelation relation, string? id) best = (PostRelation.Original, null);
        foreach (JsonElement reference in references.EnumerateArray())
        {
            PostRelation kind = reference.String("type"u8) switch
            {
                "retweeted" => PostRelation.Repost,
                "quoted" => PostRelation.Quote,
                "replied_to" => PostRelation.Reply,
                _ => PostRelation.Original,
            };
            if (Rank(kind) > Rank(best.relation))
                best = (kind, reference.String("id"u8));
        }
        return best;
    }

    private static int Rank(PostRelation relation) => relation switch
    {
        PostRelation.Repost => 3,
        PostRelation.Quote => 2,
        PostRelation.Reply => 1,
        _ => 0,
    };

    /// <summary>The referenced tweet: inlined in flattened output, else from the page's includes.</summary>
    private static JsonElement? Referenced(JsonElement tweet, string? id, XExpansions expansions)
    {
        if (id is null)
            return null;
        if (tweet.Array("referenced_tweets"u8) is { } references)
        {
            foreach (JsonElement reference in references.EnumerateArray())
            {
                if (reference.String("id"u8) == id && (reference.Has("text"u8) || reference.Has("note_tweet"u8)))
                    return reference;
            }
        }
        return expansions.Tweet(id);
    }

    private static string FullText(JsonElement tweet)
    {
        string? text = tweet.Object("note_tweet"u8)?.String("text"u8) ?? tweet.String("text"u8);
        if (text is null)
            return "";
        return text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
    }

    private static void AddLinks(JsonElement tweet, LinkList links)
    {
        AddUrlEntities(tweet.Object("entities"u8), links);
        AddUrlEntities(tweet.Object("note_tweet"u8)?.Object("entities"u8), links);
    }

    /// <summary>Adds the best target of each <c>entities.urls[]</c> item.</summary>
    internal static void AddUrlEntities(JsonElement? entities, LinkList links)
    {
        if (entities?.Array("urls"u8) is { } urls)
            AddUrlArray(urls, links);
    }

    /// <summary>Adds unwound_url, else expanded_url, else the t.co url of each url entity.</summary>
    internal static void AddUrlArray(JsonElement urls, LinkList links)
    {
        if (urls.ValueKind != JsonValueKind.Array)
            return;
        foreach (JsonElement url in urls.EnumerateArray())
            links.Add(url.String("unwound_url"u8) ?? url.String("expanded_url"u8) ?? url.String("url"u8));
    }

    private static string Describe(JsonElement tweet, string reason) =>
        tweet.String("id"u8) is { } id ? $"tweet {id}: {reason}" : reason;
}
