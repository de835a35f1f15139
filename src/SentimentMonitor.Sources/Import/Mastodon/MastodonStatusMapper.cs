using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;
using SentimentMonitor.Sources.Import.Text;

namespace SentimentMonitor.Sources.Import.Mastodon;

/// <summary>
/// Maps one Mastodon Status entity to a post keyed on its canonical <c>uri</c> (the same status fetched from
/// several instances is one post; <c>id</c> is instance-local) with <c>url</c> as permalink. Content HTML becomes
/// plain text; links are the &lt;a href&gt; targets that are not mentions or hashtags, plus <c>card.url</c>.
/// A reblog becomes a repost of the inner status, carrying its text and links.
/// </summary>
public static class MastodonStatusMapper
{
    /// <summary>Maps a status; a missing uri, created_at or account becomes a rejection naming the field.</summary>
    public static ParseOutcome Map(JsonElement status, string source, long line = 1)
    {
        try
        {
            return ParseOutcome.Ok(line, MapRecord(status));
        }
        catch (RecordException ex)
        {
            string? uri = status.String("uri"u8);
            return ParseOutcome.Fail(new RejectedRecord(source, line, uri is null ? ex.Message : $"status {uri}: {ex.Message}", ex.Field));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
        {
            return ParseOutcome.Fail(new RejectedRecord(source, line, $"unreadable status: {ex.Message}"));
        }
    }

    private static ParsedRecord MapRecord(JsonElement status)
    {
        string uri = status.Required("uri"u8, "uri");
        DateTimeOffset createdAt = Timestamps.Required(status, "created_at"u8, "created_at");
        JsonElement account = status.Object("account"u8) ?? throw RecordException.Missing("account");
        Author author = MastodonAccountMapper.Map(account, createdAt);

        JsonElement? reblog = status.Object("reblog"u8);
        JsonElement shown = reblog ?? status;
        List<string> hrefs = [];
        string text = VisibleText(shown, hrefs);
        LinkList links = new();
        links.AddRange(hrefs);
        links.Add(shown.Object("card"u8)?.String("url"u8));

        (PostRelation relation, string? referenced) = reblog is { } inner
            ? (PostRelation.Repost, inner.String("uri"u8))
            : Relation(status);
        Post post = new()
        {
            Platform = Platform.Mastodon,
            PlatformId = uri,
            Url = status.String("url"u8) ?? reblog?.String("url"u8) ?? uri,
            CreatedAt = createdAt,
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = text,
            Links = links.ToList(),
            Relation = relation,
            ReferencedPostId = referenced,
            Metrics = new PostMetrics(status.Int("favourites_count"u8), status.Int("reblogs_count"u8), status.Int("replies_count"u8), status.Int("quotes_count"u8)),
            Language = shown.String("language"u8),
            RawJson = CompactJson.Write(status),
        };
        return new ParsedRecord(post, author);
    }

    /// <summary>The content warning (shown first) and the content as plain text; DELETE responses carry "text" instead of "content".</summary>
    private static string VisibleText(JsonElement status, List<string> hrefs)
    {
        string body = status.String("content"u8) is { } html ? HtmlText.ToPlainText(html, hrefs) : status.String("text"u8) ?? "";
        string? warning = status.String("spoiler_text"u8);
        return string.IsNullOrWhiteSpace(warning) ? body : $"{warning.Trim()}\n\n{body}";
    }

    /// <summary>
    /// Quotes (Mastodon 4.5+ <c>quote.quoted_status</c>) name the quoted uri. Replies only carry the parent's
    /// instance-local id, which is not a post key, so the reference stays empty.
    /// </summary>
    private static (PostRelation, string?) Relation(JsonElement status)
    {
        if (status.Object("quote"u8)?.Object("quoted_status"u8)?.String("uri"u8) is { } quoted)
            return (PostRelation.Quote, quoted);
        if (status.Has("in_reply_to_id"u8))
            return (PostRelation.Reply, null);
        return (PostRelation.Original, null);
    }
}
