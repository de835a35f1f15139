namespace SentimentMonitor.Core.Alerts;

/// <summary>Whether an alert condition began or ended.</summary>
public enum AlertEventKind
{
    Raised,
    Cleared,
}
