namespace SentimentMonitor.Sources.Import.Csv;

/// <summary>Column names of the documented import CSV (docs/csv-format.md).</summary>
public static class CsvColumns
{
    public const string Platform = "platform";
    public const string Id = "id";
    public const string CreatedAt = "created_at";
    public const string AuthorHandle = "author_handle";
    public const string AuthorName = "author_name";
    public const string AuthorBio = "author_bio";
    public const string Text = "text";
    public const string Url = "url";
    public const string Links = "links";
    public const string AuthorId = "author_id";
    public const string AuthorFollowers = "author_followers";
    public const string Lang = "lang";
    public const string Likes = "likes";
    public const string Reposts = "reposts";
    public const string Replies = "replies";
    public const string Quotes = "quotes";
    public const string Relation = "relation";
    public const string ReferencedId = "referenced_id";

    /// <summary>Columns the header must name (cells of name, bio, url and links may be empty).</summary>
    public static readonly IReadOnlyList<string> Required = [Platform, Id, CreatedAt, AuthorHandle, AuthorName, AuthorBio, Text, Url, Links];
}
