namespace SentimentMonitor.Tui.Presenters;

/// <summary>Progress of one source of a live collection; RateLimitedUntil is set while the source waits out a 429.</summary>
public sealed record LiveProgress(string Source, int Requests, int PostsRead, int NewPosts, DateTimeOffset? RateLimitedUntil = null, string? Message = null, bool Finished = false);
