namespace SentimentMonitor.Core.Collection;

/// <summary>What one source did in a run: requests sent (retries included), posts read, posts new to the database, time spent waiting for rate limits.</summary>
public sealed record SourceTotals(long Requests, long PostsRead, long NewPosts, TimeSpan Waiting);
