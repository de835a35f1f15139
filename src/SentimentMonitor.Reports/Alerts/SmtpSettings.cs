namespace SentimentMonitor.Reports.Alerts;

/// <summary>Where alert emails go. The password comes from SENTIMENTMONITOR_SMTP_PASSWORD or the config file, never from the DB; <see cref="ToString"/> hides it.</summary>
public sealed record SmtpSettings
{
    public required string Host { get; init; }
    public int Port { get; init; } = 587;
    public string? User { get; init; }
    public string? Password { get; init; }
    public required string From { get; init; }
    public required IReadOnlyList<string> To { get; init; }

    public override string ToString() => $"smtp://{Host}:{Port} from {From} to {string.Join(",", To)}{(User is null ? "" : $" as {User}")}";
}
