namespace SentimentMonitor.Core.Collection;

/// <summary>Which posts a run asks for: a time window (since inclusive, until exclusive) and X full-archive search.</summary>
public sealed record CollectionWindow(DateTimeOffset? Since = null, DateTimeOffset? Until = null, bool Archive = false);
