namespace SentimentMonitor.Core.Domain;

/// <summary>Builds the storage keys of authors and posts so every adapter agrees on them.</summary>
public static class AuthorKeys
{
    public static string For(Platform platform, string accountId) => $"{DomainSlugs.Slug(platform)}:{accountId}";
}
