using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;
using SentimentMonitor.Sources.Import.Json;
using SentimentMonitor.Sources.Import.Text;

namespace SentimentMonitor.Sources.Import.Mastodon;

/// <summary>
/// Maps a Mastodon Account entity to an <see cref="Author"/> keyed on the canonical profile <c>url</c>, with a
/// handle that reads the same from every instance (<c>user@home.instance</c>) and the note HTML as plain text.
/// </summary>
public static class MastodonAccountMapper
{
    public static Author Map(JsonElement account, DateTimeOffset seenAt)
    {
        string url = account.String("url"u8) ?? account.String("uri"u8) ?? throw RecordException.Missing("account.url");
        return new Author
        {
            Platform = Platform.Mastodon,
            AccountId = url,
            Handle = ProfileText.Handle(Handle(account, url), url),
            DisplayName = ProfileText.Name(account.String("display_name"u8)),
            Bio = ProfileText.Bio(account.String("note"u8) is { } note ? HtmlText.ToPlainText(note) : null),
            Followers = account.Has("followers_count"u8) ? account.Int("followers_count"u8) : null,
            IsBot = account.Bool("bot"u8),
            ProfileSeenAt = seenAt,
        };
    }

    /// <summary><c>acct</c> is relative to the instance that served it ("alice" there, "alice@home" elsewhere): qualify it.</summary>
    private static string Handle(JsonElement account, string url)
    {
        string? acct = account.String("acct"u8);
        if (acct is not null && acct.Contains('@'))
            return acct;
        string? user = acct ?? account.String("username"u8);
        string? host = Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) ? parsed.Authority : null;
        if (user is null)
            return url;
        return host is null ? user : $"{user}@{host}";
    }
}
