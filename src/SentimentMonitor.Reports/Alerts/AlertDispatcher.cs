using SentimentMonitor.Core.Alerts;

namespace SentimentMonitor.Reports.Alerts;

/// <summary>
/// Sends each alert to the console, the log and every configured channel. A failing channel is written to the log
/// and to <c>errors</c> and never stops the others, nor the watch.
/// </summary>
public sealed class AlertDispatcher(AlertLog log, TextWriter errors, IReadOnlyList<IAlertSink> channels) : IAlertSink
{
    public int Failures { get; private set; }

    public async Task DeliverAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        await log.DeliverAsync(alert, cancellationToken);
        foreach (IAlertSink channel in channels)
        {
            try
            {
                await channel.DeliverAsync(alert, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Failures++;
                string problem = ex is AlertDeliveryException ? ex.Message : $"{channel.GetType().Name} failed: {ex.Message}";
                log.Problem($"{problem} (alert: {alert.Check.Key})");
                await errors.WriteLineAsync($"warning: {problem}; logged to {log.Path}");
            }
        }
    }
}
