namespace SentimentMonitor.Core.Alerts;

/// <summary>The outcome of one rule on one publication on one day: whether its condition holds, and a sentence saying why.</summary>
public sealed record AlertCheck(AlertRule Rule, string PublicationKey, string PublicationName, bool Firing, string Message, double? Value, int Count)
{
    /// <summary>Identity of the condition: an alert is raised once per key until the condition clears.</summary>
    public string Key => $"{Rule.Name}|{PublicationKey}";
}
