namespace SentimentMonitor.Core.Collection;

/// <summary>
/// A progress snapshot of one source during <c>collect</c>: totals so far and, while the source waits for a
/// rate-limit window, the time left (a countdown, reported about once a second).
/// </summary>
public sealed record CollectionProgress(
    string Source,
    long PostsFound,
    long NewPosts,
    long Requests,
    TimeSpan? RateLimitWait,
    string? Message = null);
