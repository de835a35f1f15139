namespace SentimentMonitor.Tui.Presenters;

/// <summary>A live source ("x", "bluesky", "mastodon") and whether it can run; Hint says how to configure it.</summary>
public sealed record LiveSourceStatus(string Source, bool Ready, string? Hint = null);
