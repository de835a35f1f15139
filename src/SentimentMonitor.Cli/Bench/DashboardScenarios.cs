using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Screens;

namespace SentimentMonitor.Cli.Bench;

/// <summary>
/// The timed actions of <c>bench dashboard</c> on a generated database: opening, switching paper, each chart toggle and
/// posts filter on the largest paper, and paging. Each is one warm-up run, then the median of the timed runs.
/// </summary>
internal sealed class DashboardScenarios(DashboardPorts ports, int papers, int runs, List<DashboardMeasurement> results)
{
    /// <summary>Issue #6: switching paper or filter under 200 ms at 1M posts.</summary>
    public const double SwitchTargetMs = 200;

    /// <summary>Posts filters typed in the "/" box, from common to matching nothing (the worst case scans everything it may).</summary>
    private static readonly (string Name, string Filter)[] PostFilters =
    [
        ("filter clinicians", "role:clinician"),
        ("filter everyone (clear)", ""),
        ("filter platform", "on:bluesky"),
        ("filter specialty", "spec:cardiology"),
        ("filter sentiment", "sent:neg"),
        ("filter aspect", "aspect:safety"),
        ("filter date range", "from:2025-06-01 to:2025-06-30"),
        ("filter rare combination", "spec:nephrology sent:neg aspect:equity on:mastodon"),
        ("filter facets matching nothing", "spec:nephrology role:public"),
        ("filter text, common word", "relapse"),
        ("filter clinicians + text", "role:clinician relapse"),
        ("filter text matching nothing", "zzzznotfound"),
    ];

    private Publication Paper(int i) => ports.Publications.Find(SyntheticCorpus.Paper(i).Key)
        ?? throw new CliException(ExitCode.Database, $"the bench database lacks paper {SyntheticCorpus.Paper(i).Key}: delete it to regenerate");

    /// <summary>
    /// The first paper switch of the process, screen drawn, timed once: nothing of the publication screen has run yet
    /// (as after start-up). With <paramref name="warmupPorts"/> the dashboard's background warm-up runs first and is waited
    /// for, as when the user spends a moment on the list before pressing Enter.
    /// </summary>
    public void FirstSwitch(Func<DashboardPorts>? warmupPorts)
    {
        bool warmup = warmupPorts is not null;
        using HeadlessDashboard ui = new(ports, warmupPorts);
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        bool finished = ui.Warmup.Wait(TimeSpan.FromSeconds(30));
        double warmupMs = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Publication paper = (ui.Window.Current as PublicationsScreen)?.SelectedPublication ?? Paper(0);
        string what = warmup ? $"warm-up after first paint took {warmupMs:0} ms{(finished ? "" : " (unfinished)")}, then" : "no warm-up;";
        Time("first switch after start-up", $"{what} the paper under the cursor ({paper.Key}) pushed and drawn at 120x40, once", SwitchTargetMs, 0, 1, _ =>
        {
            ui.Window.Push(new PublicationScreen(ui.Window, paper));
            ui.App.LayoutAndDraw();
            ui.Window.Pop();
        });
    }

    public void OpenDashboard() =>
        Time("open: publications list", $"all {papers} papers (counts, clinician net, 7-day arrow, last post)", SwitchTargetMs * 5,
            _ => new PublicationListPresenter(ports).Load());

    public void SwitchPaper()
    {
        int[] order = [0, 1, 2, papers / 2, papers - 1];
        Time("switch paper (presenter)", "counts, trend, breakdowns, first page of posts; papers 0,1,2,mid,last in turn", SwitchTargetMs, i =>
        {
            PublicationPresenter p = new(ports, Paper(order[i % order.Length]));
            _ = p.Headline();
            _ = p.Trend();
            _ = p.Breakdowns();
            _ = p.Posts();
        });
        Time("switch to largest paper (presenter)", "as above, always paper 0", SwitchTargetMs, run =>
        {
            PublicationPresenter p = new(ports, Paper(0));
            _ = p.Trend();
            _ = p.Breakdowns();
            _ = p.Posts();
        });
        using HeadlessDashboard ui = new(ports);
        Time("switch paper (screen drawn)", "publication screen pushed and drawn at 120x40, then popped", SwitchTargetMs, i =>
        {
            ui.Window.Push(new PublicationScreen(ui.Window, Paper(order[i % order.Length])));
            ui.App.LayoutAndDraw();
            ui.Window.Pop();
        });
    }

    public void ChartToggles()
    {
        PublicationPresenter p = new(ports, Paper(0));
        void Redraw() { _ = p.ChartCaption(); _ = p.Trend(); _ = p.Breakdowns(); }
        Time("chart clinicians/everyone", "toggle, trend + breakdowns", SwitchTargetMs, _ => { p.ToggleClinicians(); Redraw(); });
        Time("chart platform", "cycle platform, trend + breakdowns", SwitchTargetMs, _ => { p.CyclePlatform(); Redraw(); });
        Time("chart specialty", "cycle specialty, trend + breakdowns", SwitchTargetMs, _ => { p.CycleSpecialty(); Redraw(); });
        Time("chart day/week", "toggle granularity, trend", SwitchTargetMs, run => { p.ToggleGranularity(); _ = p.Trend(); });
    }

    public void PostFilterSwitches()
    {
        PublicationPresenter p = new(ports, Paper(0));
        foreach ((string name, string filter) in PostFilters)
        {
            int shown = 0;
            Time(name, $"\"{filter}\" on the largest paper", SwitchTargetMs, _ =>
            {
                p.SetSearch(filter);
                shown = p.Posts().Count;
            });
            results[^1] = results[^1] with { What = $"{results[^1].What}: {p.PostsCaption(shown)}" };
        }
    }

    public void Paging()
    {
        PublicationPresenter scroll = new(ports, Paper(0)) { MaxRows = 1_000_000 };
        _ = scroll.Posts();
        Time("scroll: next page of rows", $"MorePosts(): the next {scroll.PageRows} rows when the table is scrolled to its end", SwitchTargetMs,
            _ => scroll.MorePosts());
        // One character has no bigram, so the word index cannot narrow it: the one search that still checks every post.
        PublicationPresenter search = new(ports, Paper(0)) { ScanLimit = int.MaxValue };
        search.SetSearch("ж");
        _ = search.Posts();
        Time("scroll: text search, next step", $"MorePosts() of a one-character search matching nothing (not narrowed by the index): {search.ScanStep:N0} more posts examined", SwitchTargetMs,
            _ => search.MorePosts());
        WholePaperSearch("text whole paper, no match", "zzzznotfound");
        WholePaperSearch("text whole paper, rare match", "@user4242");
        string big = Paper(0).Key;
        foreach (int skip in new[] { 500, 10_000, 100_000 })
            Time($"page at {skip:N0}", $"store query: 500 posts of the largest paper after skipping {skip:N0}", SwitchTargetMs,
                _ => ports.Posts.Query(new PostQuery { PublicationKey = big, Skip = skip, Limit = 500 }).Count());
        Time("page, filtered", "store query: 500 clinician posts after skipping 5,000", SwitchTargetMs,
            _ => ports.Posts.Query(new PostQuery { PublicationKey = big, Role = AuthorRole.Clinician, Skip = 5_000, Limit = 500 }).Count());
    }

    /// <summary>A text search continued until the table is full or nothing more can match (or the presenter's scan limit).</summary>
    private void WholePaperSearch(string name, string filter)
    {
        PublicationPresenter p = new(ports, Paper(0));
        int shown = 0;
        Time(name, $"\"{filter}\" on the largest paper, MorePosts() until no more", SwitchTargetMs, _ =>
        {
            p.SetSearch(filter);
            shown = p.Posts().Count;
            while (p.HasMorePosts)
                shown = p.MorePosts().Count;
        });
        results[^1] = results[^1] with { What = $"{results[^1].What}: {p.PostsCaption(shown)}" };
    }

    private void Time(string name, string what, double target, Action<int> action) => Time(name, what, target, 1, runs, action);

    private void Time(string name, string what, double target, int warmups, int timedRuns, Action<int> action)
    {
        (double wall, double cpu, double first) = Timing.MeasureWithCpu(warmups, timedRuns, action);
        results.Add(new DashboardMeasurement(name, what, wall, cpu, first, target, ProcessMemory.PeakMegabytes()));
    }
}
