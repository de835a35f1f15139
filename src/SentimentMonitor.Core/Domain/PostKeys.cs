namespace SentimentMonitor.Core.Domain;

/// <summary>Builds post storage keys ("x:1650…", "bluesky:at://…", "mastodon:https://…").</summary>
public static class PostKeys
{
    public static string For(Platform platform, string platformId) => $"{DomainSlugs.Slug(platform)}:{platformId}";
}
