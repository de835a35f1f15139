using System.CommandLine;

namespace SentimentMonitor.Cli;

/// <summary>Options every verb accepts (declared once, recursive from the root).</summary>
public static class GlobalOptions
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "Database file (default: $XDG_DATA_HOME/sentimentmonitor/monitor.db or ~/.local/share/sentimentmonitor/monitor.db)",
        Recursive = true,
        DefaultValueFactory = _ => DatabaseLocation.Default(),
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show stack traces and diagnostic detail on errors (secrets are still redacted)",
        Recursive = true,
    };
}
