using System.CommandLine;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>bench</c>: speed and memory measurements (medians of repeated runs), one subcommand per area.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        Command bench = new("bench", "Measure speed and memory (median of repeated runs after warm-up)");
        foreach (Command sub in Subcommands())
            bench.Subcommands.Add(sub);
        return bench;
    }

    /// <summary>One line per benchmark; each lives in its own file.</summary>
    private static IEnumerable<Command> Subcommands()
    {
        yield return BenchMatchCommand.Create();
        yield return BenchImportCommand.Create();
        yield return BenchClassifyCommand.Create();
        yield return BenchReportCommand.Create();
        yield return BenchAuthorsCommand.Create();
        yield return BenchDashboardCommand.Create();
    }
}
