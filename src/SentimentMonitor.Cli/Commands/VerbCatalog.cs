using System.CommandLine;

namespace SentimentMonitor.Cli.Commands;

/// <summary>Every verb of the CLI. One line per verb; each verb lives in its own file.</summary>
public static class VerbCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return VersionCommand.Create();
        yield return BenchCommand.Create();
        yield return TrainCommand.Create();
        yield return EvaluateCommand.Create();
        yield return ClassifyCommand.Create();
        yield return TrackCommand.Create();
        yield return PublicationsCommand.Create();
        yield return ImportCommand.Create();
        yield return PostsCommand.Create();
        yield return ExportCommand.Create();
        yield return ExportLabelsCommand.Create();
        yield return StatsCommand.Create();
        yield return EvaluateAuthorsCommand.Create();
        yield return TrainAuthorsCommand.Create();
        yield return AuthorCommand.Create();
        yield return DashboardCommand.Create(CliApp.DashboardLive);
        yield return CollectCommand.Create();
        yield return ReportCommand.Create();
        yield return WatchCommand.Create();
    }
}
