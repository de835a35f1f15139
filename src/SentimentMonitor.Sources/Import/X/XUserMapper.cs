using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;
using SentimentMonitor.Sources.Import.Json;
using SentimentMonitor.Sources.Import.Text;

namespace SentimentMonitor.Sources.Import.X;

/// <summary>
/// Maps an X API v2 user object to an <see cref="Author"/>. Bio t.co links are replaced by their expanded
/// targets so role and specialty rules see real domains. A user missing from the page's includes still gets an
/// author keyed on its id, with an old <see cref="Author.ProfileSeenAt"/> so any real profile replaces it.
/// </summary>
public static class XUserMapper
{
    /// <summary>Maps <paramref name="user"/> (may be null when the page did not include it) for <paramref name="authorId"/>.</summary>
    public static Author Map(JsonElement? user, string authorId, DateTimeOffset seenAt)
    {
        if (user is not { ValueKind: JsonValueKind.Object } u)
            return new Author { Platform = Platform.X, AccountId = authorId, Handle = authorId, ProfileSeenAt = DateTimeOffset.MinValue };
        JsonElement? metrics = u.Object("public_metrics"u8);
        return new Author
        {
            Platform = Platform.X,
            AccountId = u.String("id"u8) ?? authorId,
            Handle = ProfileText.Handle(u.String("username"u8), authorId),
            DisplayName = ProfileText.Name(u.String("name"u8)),
            Bio = ProfileText.Bio(ExpandedBio(u)),
            Followers = metrics?.Child("followers_count"u8) is not null ? metrics.Value.Int("followers_count"u8) : null,
            VerifiedType = u.String("verified_type"u8) is { } type && type != "none" ? type : null,
            ProfileSeenAt = seenAt,
        };
    }

    /// <summary>https://x.com/&lt;username&gt;/status/&lt;id&gt;, or the id-only form when the username is unknown.</summary>
    public static string Permalink(Author author, string tweetId) =>
        author.Handle == author.AccountId
            ? $"https://x.com/i/web/status/{tweetId}"
            : $"https://x.com/{author.Handle}/status/{tweetId}";

    private static string? ExpandedBio(JsonElement user)
    {
        string? bio = user.String("description"u8);
        if (bio is null || user.Object("entities"u8)?.Object("description"u8)?.Array("urls"u8) is not { } urls)
            return bio;
        foreach (JsonElement url in urls.EnumerateArray())
        {
            string? shortUrl = url.String("url"u8);
            string? target = url.String("expanded_url"u8) ?? url.String("unwound_url"u8);
            if (shortUrl is not null && target is not null)
                bio = bio.Replace(shortUrl, target, StringComparison.Ordinal);
        }
        return bio;
    }
}
