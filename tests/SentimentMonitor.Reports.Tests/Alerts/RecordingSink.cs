using SentimentMonitor.Core.Alerts;

namespace SentimentMonitor.Reports.Tests.Alerts;

/// <summary>Keeps every alert it is given.</summary>
internal sealed class RecordingSink : IAlertSink
{
    public List<AlertEvent> Alerts { get; } = [];

    public Task DeliverAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        Alerts.Add(alert);
        return Task.CompletedTask;
    }
}
