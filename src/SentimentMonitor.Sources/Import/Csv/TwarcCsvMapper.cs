using System.Net;
using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;
using SentimentMonitor.Sources.Import.Json;
using SentimentMonitor.Sources.Import.Text;
using SentimentMonitor.Sources.Import.X;

namespace SentimentMonitor.Sources.Import.Csv;

/// <summary>
/// Maps a row of twarc-csv output (dotted column names such as <c>author.username</c>,
/// <c>public_metrics.like_count</c>; nested values as JSON text in cells; early versions JSON-quote the text).
/// </summary>
internal static class TwarcCsvMapper
{
    /// <summary>twarc-csv files are recognised by these columns.</summary>
    public static bool Recognises(IReadOnlyDictionary<string, int> columns) =>
        columns.ContainsKey("author.username") && columns.ContainsKey("id") && columns.ContainsKey("text");

    public static ParsedRecord Map(CsvRow row)
    {
        string id = row["id"]?.Trim() ?? throw RecordException.Missing("id");
        string createdText = row["created_at"] ?? throw RecordException.Missing("created_at");
        if (!Timestamps.TryParse(createdText, out DateTimeOffset createdAt))
            throw RecordException.Invalid("created_at", createdText);
        string authorId = row["author_id"] ?? row["author.id"] ?? throw RecordException.Missing("author_id");
        string handle = ProfileText.Handle(row["author.username"], authorId);
        Author author = new()
        {
            Platform = Platform.X,
            AccountId = authorId,
            Handle = handle,
            DisplayName = ProfileText.Name(Unquote(row["author.name"])),
            Bio = ProfileText.Bio(Unquote(row["author.description"])),
            Followers = int.TryParse(row["author.public_metrics.followers_count"], out int followers) ? followers : null,
            VerifiedType = row["author.verified_type"] is { } type && type != "none" ? type : null,
            ProfileSeenAt = handle == authorId ? DateTimeOffset.MinValue : createdAt,
        };
        LinkList links = new();
        using (JsonDocument? urls = ParseJson(row["entities.urls"], "entities.urls"))
        {
            if (urls is not null)
                XTweetMapper.AddUrlArray(urls.RootElement, links);
        }
        (PostRelation relation, string? referenced) = Relation(row["referenced_tweets"]);
        string text = Unquote(row["text"]) ?? "";
        Post post = new()
        {
            Platform = Platform.X,
            PlatformId = id,
            Url = XUserMapper.Permalink(author, id),
            CreatedAt = createdAt,
            AuthorKey = author.Key,
            AuthorHandle = handle,
            Text = text.Contains('&') ? WebUtility.HtmlDecode(text) : text,
            Links = links.ToList(),
            Relation = relation,
            ReferencedPostId = referenced,
            Metrics = new PostMetrics(Int(row, "like_count"), Int(row, "retweet_count"), Int(row, "reply_count"), Int(row, "quote_count")),
            Language = row["lang"],
            RawJson = row.ToJson(),
        };
        return new ParsedRecord(post, author);
    }

    private static int Int(CsvRow row, string metric) =>
        int.TryParse(row["public_metrics." + metric], out int value) ? value : 0;

    /// <summary>Early twarc-csv wrote text cells as JSON strings ("…" with \n and \u escapes).</summary>
    private static string? Unquote(string? cell)
    {
        if (cell is null || cell.Length < 2 || cell[0] != '"' || cell[^1] != '"')
            return cell;
        try
        {
            return JsonSerializer.Deserialize<string>(cell);
        }
        catch (JsonException)
        {
            return cell;
        }
    }

    private static (PostRelation, string?) Relation(string? cell)
    {
        if (ParseJson(cell, "referenced_tweets") is not { } references || references.RootElement.ValueKind != JsonValueKind.Array)
            return (PostRelation.Original, null);
        using (references)
        {
            (PostRelation relation, string? id) best = (PostRelation.Original, null);
            foreach (JsonElement reference in references.RootElement.EnumerateArray())
            {
                PostRelation kind = reference.String("type"u8) switch
                {
                    "retweeted" => PostRelation.Repost,
                    "quoted" => PostRelation.Quote,
                    "replied_to" => PostRelation.Reply,
                    _ => PostRelation.Original,
                };
                // Enum order is the precedence: repost over quote over reply.
                if (kind > best.relation)
                    best = (kind, reference.String("id"u8));
            }
            return best;
        }
    }

    private static JsonDocument? ParseJson(string? cell, string column)
    {
        if (string.IsNullOrWhiteSpace(cell))
            return null;
        try
        {
            return JsonDocument.Parse(cell);
        }
        catch (JsonException)
        {
            throw RecordException.Invalid(column, cell);
        }
    }
}
