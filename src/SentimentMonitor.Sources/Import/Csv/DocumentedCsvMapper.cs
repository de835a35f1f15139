using System.Globalization;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;
using SentimentMonitor.Sources.Import.Json;
using SentimentMonitor.Sources.Import.Text;

namespace SentimentMonitor.Sources.Import.Csv;

/// <summary>Maps a row of the documented import CSV (docs/csv-format.md) to a post and its author.</summary>
internal static class DocumentedCsvMapper
{
    private static readonly char[] LinkSeparators = [' ', '\t', '\r', '\n', '|'];

    public static ParsedRecord Map(CsvRow row)
    {
        Platform platform = ParsePlatform(row[CsvColumns.Platform]);
        string id = row[CsvColumns.Id]?.Trim() ?? throw RecordException.Missing(CsvColumns.Id);
        string createdText = row[CsvColumns.CreatedAt] ?? throw RecordException.Missing(CsvColumns.CreatedAt);
        if (!Timestamps.TryParse(createdText, out DateTimeOffset createdAt))
            throw RecordException.Invalid(CsvColumns.CreatedAt, createdText);
        string rawHandle = row[CsvColumns.AuthorHandle]?.Trim() ?? throw RecordException.Missing(CsvColumns.AuthorHandle);
        // Control characters are removed at the door; a handle of nothing else is not a handle.
        string handle = ProfileText.Handle(rawHandle, "");
        if (handle.Length == 0)
            throw RecordException.Invalid(CsvColumns.AuthorHandle, rawHandle);
        string text = row[CsvColumns.Text] ?? throw RecordException.Missing(CsvColumns.Text);

        Author author = new()
        {
            Platform = platform,
            AccountId = row[CsvColumns.AuthorId]?.Trim() ?? handle,
            Handle = handle,
            DisplayName = ProfileText.Name(row[CsvColumns.AuthorName]),
            Bio = ProfileText.Bio(row[CsvColumns.AuthorBio]),
            Followers = OptionalInt(row, CsvColumns.AuthorFollowers),
            ProfileSeenAt = createdAt,
        };
        LinkList links = new();
        links.AddRange((row[CsvColumns.Links] ?? "").Split(LinkSeparators, StringSplitOptions.RemoveEmptyEntries));
        Post post = new()
        {
            Platform = platform,
            PlatformId = id,
            Url = row[CsvColumns.Url]?.Trim() ?? DefaultPermalink(platform, handle, id),
            CreatedAt = createdAt,
            AuthorKey = author.Key,
            AuthorHandle = handle,
            Text = text,
            Links = links.ToList(),
            Relation = ParseRelation(row[CsvColumns.Relation]),
            ReferencedPostId = row[CsvColumns.ReferencedId]?.Trim(),
            Metrics = new PostMetrics(
                OptionalInt(row, CsvColumns.Likes) ?? 0,
                OptionalInt(row, CsvColumns.Reposts) ?? 0,
                OptionalInt(row, CsvColumns.Replies) ?? 0,
                OptionalInt(row, CsvColumns.Quotes) ?? 0),
            Language = row[CsvColumns.Lang]?.Trim(),
            RawJson = row.ToJson(),
        };
        return new ParsedRecord(post, author);
    }

    private static Platform ParsePlatform(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null => throw RecordException.Missing(CsvColumns.Platform),
        "x" or "twitter" => Platform.X,
        "bluesky" or "bsky" => Platform.Bluesky,
        "mastodon" => Platform.Mastodon,
        _ => throw RecordException.Invalid(CsvColumns.Platform, text),
    };

    private static PostRelation ParseRelation(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "original" => PostRelation.Original,
        "reply" or "replied_to" => PostRelation.Reply,
        "quote" or "quoted" => PostRelation.Quote,
        "repost" or "retweet" or "retweeted" or "reblog" => PostRelation.Repost,
        _ => throw RecordException.Invalid(CsvColumns.Relation, text),
    };

    private static int? OptionalInt(CsvRow row, string column)
    {
        string? text = row[column];
        if (text is null)
            return null;
        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw RecordException.Invalid(column, text);
    }

    private static string? DefaultPermalink(Platform platform, string handle, string id) => platform switch
    {
        Platform.X => $"https://x.com/{handle.TrimStart('@')}/status/{id}",
        Platform.Bluesky when id.StartsWith("at://", StringComparison.Ordinal) => $"https://bsky.app/profile/{handle.TrimStart('@')}/post/{id[(id.LastIndexOf('/') + 1)..]}",
        Platform.Mastodon when id.StartsWith("http", StringComparison.OrdinalIgnoreCase) => id,
        _ => null,
    };
}
