namespace SentimentMonitor.Core.Domain;

/// <summary>Public engagement counts as the platform reported them at collection time.</summary>
public sealed record PostMetrics(int Likes = 0, int Reposts = 0, int Replies = 0, int Quotes = 0, long? Impressions = null)
{
    /// <summary>Likes + reposts + replies + quotes: what "most engaged" sorts by.</summary>
    public long Engagement => (long)Likes + Reposts + Replies + Quotes;
}
