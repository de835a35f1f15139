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
        PublicationPresenter search = new(ports, Paper(0));
        search.SetSearch("zzzznotfound");
        _ = search.Posts();
        Time("scroll: text search, next step", $"MorePosts() of a search matching nothing: {search.ScanStep:N0} more posts examined", SwitchTargetMs,
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

    private void Time(string name, string what, double target, Action<int> action)
    {
        (double wall, double cpu, double first) = Timing.MeasureWithCpu(1, runs, action);
        results.Add(new DashboardMeasurement(name, what, wall, cpu, first, target, ProcessMemory.PeakMegabytes()));
    }
}
