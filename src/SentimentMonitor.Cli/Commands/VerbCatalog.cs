using System.CommandLine;

namespace SentimentMonitor.Cli.Commands;

/// <summary>Every verb of the CLI. One line per verb; each verb lives in its own file.</summary>
public static class VerbCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return VersionCommand.Create();
        yield return BenchCommand.Create();
        yield return ReportCommand.Create();
        yield return WatchCommand.Create();
    }
}
