using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Live;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// Small id-and-text mappers for client tests, so paging, waits and resumption are tested on their own; the
/// import parsers' full mappers are tested with the parsers.
/// </summary>
public static class TestMappers
{
    public static readonly RecordMapper XPage = page =>
    {
        Dictionary<string, string> handles = [];
        if (page.TryGetProperty("includes", out JsonElement inc) && inc.TryGetProperty("users", out JsonElement users))
            foreach (JsonElement u in users.EnumerateArray())
                handles[u.GetProperty("id").GetString()!] = u.GetProperty("username").GetString()!;
        return page.GetProperty("data").EnumerateArray().Select(t =>
        {
            string author = t.TryGetProperty("author_id", out JsonElement a) ? a.GetString()! : "0";
            return Record(Platform.X, t.GetProperty("id").GetString()!, author, handles.GetValueOrDefault(author, author), t.GetProperty("text").GetString()!,
                t.TryGetProperty("created_at", out JsonElement c) ? c.GetDateTimeOffset() : DateTimeOffset.UnixEpoch,
                Links(t, "entities", "urls", "expanded_url"));
        }).ToList();
    };

    public static readonly RecordMapper BlueskyPost = post =>
    [
        Record(Platform.Bluesky, post.GetProperty("uri").GetString()!, post.GetProperty("author").GetProperty("did").GetString()!,
            post.GetProperty("author").GetProperty("handle").GetString()!, post.GetProperty("record").GetProperty("text").GetString()!,
            DateTimeOffset.Parse(post.GetProperty("indexedAt").GetString()!), []),
    ];

    public static readonly RecordMapper MastodonStatus = status =>
    [
        Record(Platform.Mastodon, status.GetProperty("uri").GetString()!, status.GetProperty("account").GetProperty("url").GetString()!,
            status.GetProperty("account").GetProperty("acct").GetString()!, status.GetProperty("content").GetString()!,
            status.GetProperty("created_at").GetDateTimeOffset(), []),
    ];

    private static IReadOnlyList<string> Links(JsonElement e, string a, string b, string field) =>
        e.TryGetProperty(a, out JsonElement x) && x.TryGetProperty(b, out JsonElement list)
            ? list.EnumerateArray().Where(u => u.TryGetProperty(field, out _)).Select(u => u.GetProperty(field).GetString()!).ToList()
            : [];

    private static ParsedRecord Record(Platform platform, string id, string account, string handle, string text, DateTimeOffset created, IReadOnlyList<string> links) => new(
        new Post
        {
            Platform = platform,
            PlatformId = id,
            CreatedAt = created,
            AuthorKey = AuthorKeys.For(platform, account),
            AuthorHandle = handle,
            Text = text,
            Links = links,
        },
        new Author { Platform = platform, AccountId = account, Handle = handle });
}
