namespace SentimentMonitor.Tui.Presenters;

/// <summary>Which live sources have credentials in the environment, for the hint shown when collection cannot start.</summary>
public static class CredentialHints
{
    public const string XToken = "SENTIMENTMONITOR_X_BEARER_TOKEN";
    public const string BlueskyHandle = "SENTIMENTMONITOR_BSKY_HANDLE";
    public const string BlueskyPassword = "SENTIMENTMONITOR_BSKY_APP_PASSWORD";

    /// <summary>Status of X and Bluesky from environment variables (values are never read beyond "is set").</summary>
    public static IReadOnlyList<LiveSourceStatus> FromEnvironment(Func<string, string?>? env = null)
    {
        env ??= Environment.GetEnvironmentVariable;
        bool x = !string.IsNullOrWhiteSpace(env(XToken));
        bool bsky = !string.IsNullOrWhiteSpace(env(BlueskyHandle)) && !string.IsNullOrWhiteSpace(env(BlueskyPassword));
        return
        [
            new LiveSourceStatus("x", x, x ? null : $"set {XToken} (or xBearerToken in ~/.config/sentimentmonitor/config.json)"),
            new LiveSourceStatus("bluesky", bsky, bsky ? null : $"set {BlueskyHandle} and {BlueskyPassword} (an app password, not your login; or bskyHandle and bskyAppPassword in the config file)"),
        ];
    }

    /// <summary>One line for the status bar: what is missing, or null when every source is ready.</summary>
    public static string? Summary(IReadOnlyList<LiveSourceStatus> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        LiveSourceStatus[] missing = sources.Where(s => !s.Ready).ToArray();
        if (missing.Length == 0)
            return null;
        return "No credentials for " + string.Join(", ", missing.Select(m => m.Source)) + ": " + string.Join("; ", missing.Select(m => m.Hint));
    }
}
