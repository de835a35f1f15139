using System.Globalization;
using SentimentMonitor.Core.Alerts;

namespace SentimentMonitor.Reports.Alerts;

/// <summary>Writes each alert as one line to a writer (the console).</summary>
public sealed class TextAlertSink(TextWriter writer) : IAlertSink
{
    public Task DeliverAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return writer.WriteLineAsync($"{alert.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z ALERT {alert.Describe()}");
    }
}
