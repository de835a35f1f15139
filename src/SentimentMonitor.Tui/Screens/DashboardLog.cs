using System.Globalization;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// The dashboard's own log file. The terminal belongs to Terminal.Gui while the dashboard runs, so nothing may be
/// written to the console; failures are appended here (one process-wide file, set by <see cref="DashboardApp"/>).
/// </summary>
public static class DashboardLog
{
    private static readonly Lock Gate = new();

    public static string? Path { get; set; }

    public static void Write(Exception? ex, string message)
    {
        string? path = Path;
        if (path is null)
            return;
        try
        {
            string line = $"{DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)} {message}{(ex is null ? "" : ": " + ex)}{Environment.NewLine}";
            lock (Gate)
                File.AppendAllText(path, line);
        }
        catch (IOException)
        {
            // Logging must never take the dashboard down.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
