using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;
using SentimentMonitor.Sources.Import.Text;

namespace SentimentMonitor.Sources.Import.Bluesky;

/// <summary>
/// Maps one Bluesky <c>app.bsky.feed.defs#postView</c> to a post keyed on its at:// URI and an author keyed on
/// the DID. Links come from #link facets (their <c>uri</c>, not the shortened text) and external embeds in the
/// record and in the view; a record embed makes a quote, <c>record.reply</c> a reply.
/// </summary>
public static class BlueskyPostMapper
{
    /// <summary>Maps a post view; a missing uri, author DID or createdAt becomes a rejection naming the field.</summary>
    public static ParseOutcome Map(JsonElement postView, string source, long line = 1) =>
        Guard(postView, source, line, () => MapRecord(postView));

    /// <summary>
    /// Maps a feed item reposted by someone (<c>reason</c> of type <c>#reasonRepost</c>) to a repost by the reposter
    /// of <c>item.post</c>, with the original's text and links.
    /// </summary>
    public static ParseOutcome MapRepost(JsonElement feedItem, string source, long line = 1) =>
        Guard(feedItem, source, line, () => MapRepostRecord(feedItem));

    private static ParsedRecord MapRecord(JsonElement postView)
    {
        string uri = postView.Required("uri"u8, "uri");
        JsonElement author = postView.Object("author"u8) ?? throw RecordException.Missing("author");
        JsonElement record = postView.Object("record"u8) ?? throw RecordException.Missing("record");
        DateTimeOffset createdAt = record.Has("createdAt"u8)
            ? Timestamps.Required(record, "createdAt"u8, "record.createdAt")
            : Timestamps.Required(postView, "indexedAt"u8, "record.createdAt");
        Author who = BlueskyAuthorMapper.Map(author, createdAt);

        LinkList links = new();
        AddLinks(record, postView.Object("embed"u8), links);
        (PostRelation relation, string? referenced) = Relation(record);
        Post post = new()
        {
            Platform = Platform.Bluesky,
            PlatformId = uri,
            Url = Permalink(who, uri),
            CreatedAt = createdAt,
            AuthorKey = who.Key,
            AuthorHandle = who.Handle,
            Text = record.String("text"u8) ?? "",
            Links = links.ToList(),
            Relation = relation,
            ReferencedPostId = referenced,
            Metrics = new PostMetrics(postView.Int("likeCount"u8), postView.Int("repostCount"u8), postView.Int("replyCount"u8), postView.Int("quoteCount"u8)),
            Language = FirstLanguage(record),
            RawJson = CompactJson.Write(postView),
        };
        return new ParsedRecord(post, who);
    }

    private static ParsedRecord MapRepostRecord(JsonElement feedItem)
    {
        JsonElement original = feedItem.Object("post"u8) ?? throw RecordException.Missing("post");
        JsonElement reason = feedItem.Object("reason"u8) ?? throw RecordException.Missing("reason");
        JsonElement by = reason.Object("by"u8) ?? throw RecordException.Missing("reason.by");
        ParsedRecord originalRecord = MapRecord(original);
        DateTimeOffset repostedAt = Timestamps.Required(reason, "indexedAt"u8, "reason.indexedAt");
        Author reposter = BlueskyAuthorMapper.Map(by, repostedAt);
        // Newer AppViews give the repost record's own uri; older ones do not, so derive a stable one.
        string id = reason.String("uri"u8) ?? $"{reposter.AccountId}/app.bsky.feed.repost/of:{originalRecord.Post.PlatformId}";
        Post post = originalRecord.Post with
        {
            PlatformId = id,
            CreatedAt = repostedAt,
            AuthorKey = reposter.Key,
            AuthorHandle = reposter.Handle,
            Relation = PostRelation.Repost,
            ReferencedPostId = originalRecord.Post.PlatformId,
            Metrics = new PostMetrics(),
            RawJson = CompactJson.Write(feedItem, "reply"u8),
        };
        return new ParsedRecord(post, reposter);
    }

    /// <summary>https://bsky.app/profile/&lt;handle or DID&gt;/post/&lt;rkey&gt;.</summary>
    public static string Permalink(Author author, string atUri)
    {
        int slash = atUri.LastIndexOf('/');
        string rkey = slash >= 0 ? atUri[(slash + 1)..] : atUri;
        string who = author.Handle == "handle.invalid" ? author.AccountId : author.Handle;
        return $"https://bsky.app/profile/{who}/post/{rkey}";
    }

    private static void AddLinks(JsonElement record, JsonElement? embedView, LinkList links)
    {
        if (record.Array("facets"u8) is { } facets)
        {
            foreach (JsonElement facet in facets.EnumerateArray())
            {
                if (facet.Array("features"u8) is not { } features)
                    continue;
                foreach (JsonElement feature in features.EnumerateArray())
                {
                    if (feature.String("$type"u8) == "app.bsky.richtext.facet#link")
                        links.Add(feature.String("uri"u8));
                }
            }
        }
        AddExternal(record.Object("embed"u8), links);
        AddExternal(embedView, links);
    }

    /// <summary>External link cards, alone or beside a quoted record (record side and view side have the same paths).</summary>
    private static void AddExternal(JsonElement? embed, LinkList links)
    {
        if (embed is not { } e)
            return;
        links.Add(e.Object("external"u8)?.String("uri"u8));
        links.Add(e.Object("media"u8)?.Object("external"u8)?.String("uri"u8));
    }

    private static (PostRelation, string?) Relation(JsonElement record)
    {
        if (record.Object("embed"u8) is { } embed)
        {
            string? type = embed.String("$type"u8);
            string? quoted = type switch
            {
                "app.bsky.embed.record" => embed.Object("record"u8)?.String("uri"u8),
                "app.bsky.embed.recordWithMedia" => embed.Object("record"u8)?.Object("record"u8)?.String("uri"u8),
                _ => null,
            };
            if (quoted is not null)
                return (PostRelation.Quote, quoted);
        }
        if (record.Object("reply"u8)?.Object("parent"u8)?.String("uri"u8) is { } parent)
            return (PostRelation.Reply, parent);
        return (PostRelation.Original, null);
    }

    private static string? FirstLanguage(JsonElement record)
    {
        if (record.Array("langs"u8) is not { } langs)
            return null;
        foreach (JsonElement lang in langs.EnumerateArray())
            return lang.ValueKind == JsonValueKind.String ? lang.GetString() : null;
        return null;
    }

    private static ParseOutcome Guard(JsonElement element, string source, long line, Func<ParsedRecord> map)
    {
        try
        {
            return ParseOutcome.Ok(line, map());
        }
        catch (RecordException ex)
        {
            string? uri = element.String("uri"u8) ?? element.Object("post"u8)?.String("uri"u8);
            return ParseOutcome.Fail(new RejectedRecord(source, line, uri is null ? ex.Message : $"post {uri}: {ex.Message}", ex.Field));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
        {
            return ParseOutcome.Fail(new RejectedRecord(source, line, $"unreadable post: {ex.Message}"));
        }
    }
}
