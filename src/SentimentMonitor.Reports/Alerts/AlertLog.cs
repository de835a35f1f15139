using System.Globalization;
using SentimentMonitor.Core.Alerts;

namespace SentimentMonitor.Reports.Alerts;

/// <summary>The alerts log file: every alert and every delivery failure, one timestamped line each, appended.</summary>
public sealed class AlertLog(string path, TimeProvider time) : IAlertSink
{
    private readonly object _gate = new();

    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    public Task DeliverAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        Append(alert.At, alert.Describe());
        return Task.CompletedTask;
    }

    /// <summary>Logs a problem (e.g. "webhook failed after 4 attempts"); callers pass text without secrets.</summary>
    public void Problem(string message) => Append(time.GetUtcNow(), "ERROR " + message);

    private void Append(DateTimeOffset at, string line)
    {
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        lock (_gate)
            File.AppendAllText(Path, $"{at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} {line}{Environment.NewLine}");
    }
}
