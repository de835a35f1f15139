namespace SentimentMonitor.Core.Domain;

/// <summary>The social network a post came from.</summary>
public enum Platform
{
    X,
    Bluesky,
    Mastodon,
}
