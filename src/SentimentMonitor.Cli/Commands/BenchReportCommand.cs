using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SentimentMonitor.Cli.Bench;
using SentimentMonitor.Reports;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>bench report</c>: time to write a full report (posts files, charts, HTML) over a generated database, median of runs.</summary>
public static class BenchReportCommand
{
    private static readonly Option<int> Posts = new("--posts") { Description = "Posts in the generated database", DefaultValueFactory = _ => 100_000 };
    private static readonly Option<int> Runs = new("--runs") { Description = "Measured runs after one warm-up", DefaultValueFactory = _ => 5 };
    private static readonly Option<string?> Keep = new("--keep") { Description = "Keep the database and the last report in this folder" };

    public static Command Create()
    {
        Command command = new("report", "Report over a generated database (two papers, labelled posts): median wall time");
        command.Options.Add(Posts);
        command.Options.Add(Runs);
        command.Options.Add(Keep);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        int posts = ctx.Get(Posts), runs = ctx.Get(Runs);
        if (posts < 1 || runs < 1)
            throw new CliException(ExitCode.Usage, "--posts and --runs must be at least 1");
        string? keep = ctx.Get(Keep);
        string folder = keep is null ? Path.Combine(Path.GetTempPath(), "sm-bench-report-" + Guid.NewGuid().ToString("N")) : Path.GetFullPath(keep);
        Directory.CreateDirectory(folder);
        try
        {
            string db = Path.Combine(folder, "bench.db");
            File.Delete(db);
            Stopwatch fill = Stopwatch.StartNew();
            using (LiteDbStore writer = LiteDbStore.Open(db))
                SyntheticReactions.Fill(writer, posts);
            ctx.Error.WriteLine($"generated {posts:N0} posts in {fill.Elapsed.TotalSeconds:F1} s");
            using LiteDbStore store = new(new LiteDbStoreOptions(db, ReadOnly: true, Shared: false));
            ReportOptions options = new()
            {
                Publications = [store.Find(SyntheticReactions.MainKey)!, store.Find(SyntheticReactions.OtherKey)!],
                OutputDirectory = Path.Combine(folder, "report"),
            };
            List<double> seconds = [];
            for (int run = 0; run <= runs; run++)
            {
                Stopwatch watch = Stopwatch.StartNew();
                new ReportGenerator(store, store, store).Generate(options, ctx.Cancellation);
                if (run > 0) // run 0 warms up JIT, fonts and the page cache
                    seconds.Add(watch.Elapsed.TotalSeconds);
            }
            seconds.Sort();
            double median = seconds.Count % 2 == 1 ? seconds[seconds.Count / 2] : (seconds[seconds.Count / 2 - 1] + seconds[seconds.Count / 2]) / 2;
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"report of {posts:N0} posts (2 papers, 12 charts as PNG+SVG, CSV+JSONL, HTML): median {median:F2} s over {runs} runs (min {seconds[0]:F2}, max {seconds[^1]:F2})"));
            return ExitCode.Ok;
        }
        finally
        {
            if (keep is null)
                Directory.Delete(folder, recursive: true);
        }
    }
}
