using SentimentMonitor.Core.Alerts;

namespace SentimentMonitor.Reports.Alerts;

/// <summary>The "alerts" section of the user config: rules, and where alerts go besides the console and the log file.</summary>
public sealed record AlertSettings
{
    public IReadOnlyList<AlertRule> Rules { get; init; } = AlertRule.Defaults;
    public Uri? WebhookUrl { get; init; }
    public SmtpSettings? Email { get; init; }
    /// <summary>Alerts log; null means "alerts.log" next to the database.</summary>
    public string? LogFile { get; init; }
    /// <summary>Webhook attempts after the first (exponential backoff from <see cref="WebhookFirstDelay"/>).</summary>
    public int WebhookRetries { get; init; } = 3;
    public TimeSpan WebhookFirstDelay { get; init; } = TimeSpan.FromSeconds(2);
    public string? ConfigFile { get; init; }
}
