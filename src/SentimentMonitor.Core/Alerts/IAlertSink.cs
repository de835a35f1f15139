namespace SentimentMonitor.Core.Alerts;

/// <summary>Somewhere alerts go (console, log file, webhook, email). Implementations may throw; the monitor's caller decides.</summary>
public interface IAlertSink
{
    Task DeliverAsync(AlertEvent alert, CancellationToken cancellationToken);
}
