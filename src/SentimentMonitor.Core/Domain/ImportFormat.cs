namespace SentimentMonitor.Core.Domain;

/// <summary>File formats accepted by <c>import</c>.</summary>
public enum ImportFormat
{
    X,
    Bluesky,
    Mastodon,
    Csv,
}
