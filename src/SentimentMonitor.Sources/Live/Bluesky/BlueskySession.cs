namespace SentimentMonitor.Sources.Live.Bluesky;

/// <summary>A logged-in Bluesky session: tokens only (never the app password), and the host that issued them.</summary>
public sealed record BlueskySession(string Did, string Handle, string AccessJwt, string RefreshJwt, string Service);
