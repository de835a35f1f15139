namespace SentimentMonitor.Core.Alerts;

/// <summary>A condition that started (Raised) or stopped (Cleared) holding, at the time of the evaluation.</summary>
public sealed record AlertEvent(AlertEventKind Kind, AlertCheck Check, DateTimeOffset At)
{
    /// <summary>"RAISED clinicians-turn-negative · Title: message" (one line, for console and log).</summary>
    public string Describe() => $"{(Kind == AlertEventKind.Raised ? "RAISED" : "CLEARED")} {Check.Rule.Name} · {Check.PublicationName}: {Check.Message}";
}
