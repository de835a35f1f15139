namespace SentimentMonitor.Cli;

/// <summary>Where the database lives when --db is not given: $XDG_DATA_HOME/sentimentmonitor/monitor.db, else ~/.local/share/….</summary>
public static class DatabaseLocation
{
    public static string Default()
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        string root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "sentimentmonitor", "monitor.db");
    }
}
