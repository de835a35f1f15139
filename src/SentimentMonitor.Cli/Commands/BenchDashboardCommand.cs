using System.CommandLine;
using System.Diagnostics;
using SentimentMonitor.Cli.Bench;
using SentimentMonitor.Cli.Dashboard;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>bench dashboard</c>: first paint on the sample, and switching paper or filter on a generated database of
/// 1,000,000 posts over 50 papers (generated once, then reused), median of several runs; peak memory.
/// Screens are drawn by Terminal.Gui's ANSI driver off-terminal, so only our work and Terminal.Gui's layout are timed.
/// </summary>
public static class BenchDashboardCommand
{
    private static readonly Option<int> Posts = new("--posts") { Description = "Posts in the generated database", DefaultValueFactory = _ => 1_000_000 };
    private static readonly Option<int> Papers = new("--papers") { Description = "Papers in the generated database", DefaultValueFactory = _ => 50 };
    private static readonly Option<int> Runs = new("--runs") { Description = "Timed runs per measurement (median reported)", DefaultValueFactory = _ => 5 };
    private static readonly Option<string?> Database = new("--bench-db") { Description = "Generated database (default: <temp>/sentimentmonitor-bench/dashboard-<posts>.db; reused when present)" };

    public static Command Create()
    {
        Command command = new("dashboard", "Dashboard speed: first paint on the sample; paper and filter switches at 1M posts; peak memory");
        command.Options.Add(Posts);
        command.Options.Add(Papers);
        command.Options.Add(Runs);
        command.Options.Add(Database);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1"); // draw off-terminal
        int runs = Math.Max(1, ctx.Get(Runs)), posts = Math.Max(1000, ctx.Get(Posts)), papers = Math.Clamp(ctx.Get(Papers), 3, 500);
        FirstPaintOnSample(ctx, runs);
        string path = ctx.Get(Database) ?? Path.Combine(Path.GetTempPath(), "sentimentmonitor-bench", $"dashboard-{posts}.db");
        EnsureGenerated(ctx, path, posts, papers);
        using LiteDbStore store = new(new LiteDbStoreOptions(path, Shared: true));
        DashboardPorts ports = new(store, store, store);
        SwitchPaper(ctx, ports, runs, papers);
        SwitchFilter(ctx, ports, runs);
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        ctx.Out.WriteLine($"peak working set: {self.PeakWorkingSet64 / (1024 * 1024)} MB (whole bench process)");
        return ExitCode.Ok;
    }

    private static void FirstPaintOnSample(VerbContext ctx, int runs)
    {
        if (SampleDatabase.Locate() is not { } sample)
        {
            ctx.Out.WriteLine($"first paint on the sample: skipped ({SampleDatabase.RelativePath} not found)");
            return;
        }
        (double cold, double median) = Timing.Measure(runs + 1, _ =>
        {
            using SampleDatabase copy = SampleDatabase.OpenCopy(sample)!;
            using LiteDbStore store = new(new LiteDbStoreOptions(copy.CopyPath, Shared: true));
            using Headless ui = new(new DashboardPorts(store, store, store));
        });
        ctx.Out.WriteLine($"first paint on the sample (open copy + publications screen, 120x40): cold {cold:0} ms (first in process, JIT), median of {runs + 1}: {median:0} ms");
    }

    private static void EnsureGenerated(VerbContext ctx, string path, int posts, int papers)
    {
        if (File.Exists(path))
        {
            using LiteDbStore existing = new(new LiteDbStoreOptions(path, Shared: true));
            long have = existing.CountPosts();
            if (have >= posts)
            {
                ctx.Out.WriteLine($"reusing {path} ({have} posts)");
                return;
            }
            ctx.Error.WriteLine($"{path} has {have} posts, fewer than {posts}: generating anew");
        }
        foreach (string stale in new[] { path, Path.ChangeExtension(path, null) + "-log.db" })
            File.Delete(stale);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Stopwatch clock = Stopwatch.StartNew();
        // Direct mode for the one-off generation (nobody else reads it yet); the measurements reopen in shared mode.
        using (LiteDbStore store = new(new LiteDbStoreOptions(path)))
        {
            SyntheticCorpus.Generate(store, store, posts, papers, 5000, written =>
            {
                if (written % 50_000 == 0 || written == posts)
                    ctx.Error.WriteLine($"generated {written:N0}/{posts:N0} posts ({written / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s)");
            });
        }
        ctx.Out.WriteLine($"generated {posts:N0} posts over {papers} papers in {clock.Elapsed.TotalSeconds:0} s: {path}");
    }

    private static void SwitchPaper(VerbContext ctx, DashboardPorts ports, int runs, int papers)
    {
        int[] order = [0, 1, 2, papers / 2, papers - 1];
        Publication Pick(int i) => ports.Publications.Find(SyntheticCorpus.Paper(order[i % order.Length]).Key)!;
        (double cold, double median) = Timing.Measure(runs, i =>
        {
            PublicationPresenter p = new(ports, Pick(i));
            _ = p.Headline();
            _ = p.Trend();
            _ = p.Breakdowns();
            _ = p.Posts();
        });
        ctx.Out.WriteLine($"switch paper at 1M posts, presenter (counts, trend, breakdowns, newest 500 posts): median of {runs}: {median:0} ms (first {cold:0} ms)");
        Publication big = Pick(0);
        (_, double counts) = Timing.Measure(runs, _ => ports.Statistics.Counts(big.Key));
        (_, double aspects) = Timing.Measure(runs, _ => ports.Statistics.AspectCounts(big.Key));
        (_, double activity) = Timing.Measure(runs, _ => ports.Statistics.Activity(big.Key));
        (_, double page) = Timing.Measure(runs, _ => ports.Posts.Query(new Core.Ports.PostQuery { PublicationKey = big.Key, Limit = 500 }).Count());
        ctx.Out.WriteLine($"  of which, largest paper: Counts {counts:0} ms ({ports.Statistics.Counts(big.Key).Count:N0} rows), AspectCounts {aspects:0} ms, Activity {activity:0} ms, newest 500 posts {page:0} ms");
        using Headless ui = new(ports);
        (double screenCold, double screenMedian) = Timing.Measure(runs, i =>
        {
            ui.Window.Push(new PublicationScreen(ui.Window, Pick(i)));
            ui.App.LayoutAndDraw();
            ui.Window.Pop();
        });
        ctx.Out.WriteLine($"switch paper at 1M posts, whole screen drawn (120x40): median of {runs}: {screenMedian:0} ms (first {screenCold:0} ms)");
    }

    private static void SwitchFilter(VerbContext ctx, DashboardPorts ports, int runs)
    {
        Publication big = ports.Publications.Find(SyntheticCorpus.Paper(0).Key)!;
        PublicationPresenter p = new(ports, big);
        string[] filters = ["role:clinician", "sent:neg", "on:bluesky aspect:safety", "spec:cardiology sent:pos", "role:clinician relapse"];
        (double cold, double median) = Timing.Measure(runs, i =>
        {
            p.SetSearch(filters[i % filters.Length]);
            _ = p.Posts();
        });
        ctx.Out.WriteLine($"switch posts filter on the largest paper ({p.Summary.Posts:N0} posts): median of {runs}: {median:0} ms (first {cold:0} ms)");
        (double toggleCold, double toggleMedian) = Timing.Measure(runs, i =>
        {
            if (i % 2 == 0) p.ToggleClinicians(); else p.CycleSpecialty();
            _ = p.Trend();
            _ = p.Breakdowns();
        });
        ctx.Out.WriteLine($"switch chart filter (clinicians/everyone, specialty) on the largest paper: median of {runs}: {toggleMedian:0} ms (first {toggleCold:0} ms)");
        p.SetSearch("zzzznotfound");
        (double rareCold, double rareMedian) = Timing.Measure(runs, _ => p.Posts());
        ctx.Out.WriteLine($"worst case: a search matching nothing (reads up to {p.ScanLimit:N0} newest posts, then stops): median of {runs}: {rareMedian:0} ms (first {rareCold:0} ms)");
    }

    /// <summary>The dashboard window on the ANSI driver at 120x40, drawn once.</summary>
    private sealed class Headless : IDisposable
    {
        private readonly SessionToken? _token;

        public Headless(DashboardPorts ports)
        {
            App = Application.Create().Init(DriverRegistry.Names.ANSI);
            App.Driver!.SetScreenSize(120, 40);
            Window = new DashboardWindow(App, ports, new DashboardOptions());
            _token = App.Begin(Window);
            App.LayoutAndDraw();
        }

        public IApplication App { get; }
        public DashboardWindow Window { get; }

        public void Dispose()
        {
            if (_token is not null)
                App.End(_token);
            Window.Dispose();
            App.Dispose();
        }
    }
}
