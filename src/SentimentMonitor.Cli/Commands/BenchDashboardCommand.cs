using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SentimentMonitor.Cli.Bench;
using SentimentMonitor.Cli.Dashboard;
using SentimentMonitor.Storage;
using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>bench dashboard</c>: first paint on the sample, then opening, switching paper, every chart toggle and posts
/// filter, and paging on a generated database of 1,000,000 posts over 50 papers (generated once, then reused;
/// an older-schema file is migrated when opened). Medians after a warm-up, wall and CPU, with their ratio to the
/// targets of issue #6, and the peak resident memory of the dashboard work. Screens are drawn off-terminal.
/// </summary>
public static class BenchDashboardCommand
{
    private static readonly Option<int> Posts = new("--posts") { Description = "Posts in the generated database", DefaultValueFactory = _ => 1_000_000 };
    private static readonly Option<int> Papers = new("--papers") { Description = "Papers in the generated database", DefaultValueFactory = _ => 50 };
    private static readonly Option<int> Runs = new("--runs") { Description = "Timed runs per measurement after one warm-up (median reported)", DefaultValueFactory = _ => 5 };
    private static readonly Option<string?> Database = new("--bench-db") { Description = "Generated database (default: <temp>/sentimentmonitor-bench/dashboard-<posts>.db; reused when present)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print one JSON object" };
    private static readonly Option<bool> NoWarmup = new("--no-warmup") { Description = "Measure the first paper switch without the dashboard's background warm-up" };
    private static readonly Option<bool> FirstSwitchOnly = new("--first-switch-only") { Description = "Only first paint and the first paper switch (a cold process each time: run it several times)" };

    /// <summary>Issue #6: first paint under 1.5 s on the sample; memory under 500 MB.</summary>
    private const double FirstPaintTargetMs = 1500, MemoryTargetMb = 500;

    public static Command Create()
    {
        Command command = new("dashboard", "Dashboard speed: first paint on the sample; paper and filter switches at 1M posts; peak memory");
        command.Options.Add(Posts);
        command.Options.Add(Papers);
        command.Options.Add(Runs);
        command.Options.Add(Database);
        command.Options.Add(Json);
        command.Options.Add(NoWarmup);
        command.Options.Add(FirstSwitchOnly);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1"); // draw off-terminal
        int runs = Math.Max(1, ctx.Get(Runs)), posts = Math.Max(1000, ctx.Get(Posts)), papers = Math.Clamp(ctx.Get(Papers), 3, 500);
        string path = ctx.Get(Database) ?? Path.Combine(Path.GetTempPath(), "sentimentmonitor-bench", $"dashboard-{posts}.db");
        string loadBefore = ProcessMemory.LoadAverage();
        BenchDatabase.EnsureGenerated(ctx, path, posts, papers);
        double openSeconds = BenchDatabase.OpenOnce(ctx, path); // migrates an older schema, outside the measured peak
        long setupPeak = ProcessMemory.LifetimePeakMegabytes();
        GC.Collect();
        bool peakReset = ProcessMemory.ResetPeak();
        List<DashboardMeasurement> results = [];
        FirstPaintOnSample(runs, results);
        long stored, largest;
        using (LiteDbStore store = new(new LiteDbStoreOptions(path, Shared: true)))
        {
            DashboardPorts ports = new(store, store, store);
            stored = store.CountPosts();
            largest = store.Activity(SyntheticCorpus.Paper(0).Key).Posts;
            DashboardScenarios scenarios = new(ports, papers, runs, results);
            scenarios.FirstSwitch(ctx.Get(NoWarmup) ? null : () => DashboardCommand.ReadOnlyPorts(path));
            if (!ctx.Get(FirstSwitchOnly))
            {
                scenarios.OpenDashboard();
                scenarios.SwitchPaper();
                scenarios.ChartToggles();
                scenarios.PostFilterSwitches();
                scenarios.Paging();
            }
        }
        Report report = new(path, BenchDatabase.SizeBytes(path), stored, papers, largest, runs, openSeconds, loadBefore, ProcessMemory.LoadAverage(),
            Environment.ProcessorCount, results, ProcessMemory.PeakMegabytes(), peakReset, setupPeak, MemoryTargetMb);
        if (ctx.Get(Json))
            ctx.Out.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        else
            Print(ctx.Out, report);
        return ExitCode.Ok;
    }

    private static void FirstPaintOnSample(int runs, List<DashboardMeasurement> results)
    {
        if (SampleDatabase.Locate() is not { } sample)
            return;
        (double wall, double cpu, double first) = Timing.MeasureWithCpu(1, runs, _ =>
        {
            using SampleDatabase copy = SampleDatabase.OpenCopy(sample)!;
            using LiteDbStore store = new(new LiteDbStoreOptions(copy.CopyPath, Shared: true));
            using HeadlessDashboard ui = new(new DashboardPorts(store, store, store));
        });
        results.Add(new DashboardMeasurement("first paint on the sample", "copy samples/sample.db, open (migrating an old schema), publications screen drawn at 120x40",
            wall, cpu, first, FirstPaintTargetMs, ProcessMemory.PeakMegabytes()));
    }

    private static void Print(TextWriter o, Report r)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(c, $"database: {r.Database} ({r.DatabaseBytes / 1e9:0.00} GB, {r.Posts:N0} posts, {r.Papers} papers, largest {r.LargestPaperPosts:N0}); opened in {r.OpenSeconds:0.0} s"));
        o.WriteLine($"machine: {r.Cores} cores, load average {r.LoadBefore} at start, {r.LoadAfter} at end; {r.Runs} timed runs after 1 warm-up");
        o.WriteLine($"{"measurement",-36} {"median",9} {"cpu",9} {"first",9} {"target",8} {"ratio",6}");
        foreach (DashboardMeasurement m in r.Measurements)
        {
            o.WriteLine(string.Create(c, $"{m.Name,-36} {m.MedianMs,6:0} ms {m.MedianCpuMs,6:0} ms {m.FirstMs,6:0} ms {m.TargetMs,5:0} ms {m.Ratio,6:0.00}{(m.Met ? "" : "  MISSED")}"));
            o.WriteLine($"    {m.What} [peak so far {m.PeakMbAfter} MB]");
        }
        string peakWhat = r.PeakReset ? "VmHWM of this process since the database was generated/opened" : "peak working set of the whole process";
        o.WriteLine(string.Create(c, $"peak memory: {r.PeakMb} MB ({peakWhat}); target {r.MemoryTargetMb:0} MB, ratio {r.PeakMb / r.MemoryTargetMb:0.00}; generating/migrating/opening the database before that: {r.SetupPeakMb} MB"));
    }

    /// <summary>Everything the bench measured, as printed or serialised with --json.</summary>
    private sealed record Report(string Database, long DatabaseBytes, long Posts, int Papers, long LargestPaperPosts, int Runs, double OpenSeconds,
        string LoadBefore, string LoadAfter, int Cores, IReadOnlyList<DashboardMeasurement> Measurements, long PeakMb, bool PeakReset,
        long SetupPeakMb, double MemoryTargetMb);
}
