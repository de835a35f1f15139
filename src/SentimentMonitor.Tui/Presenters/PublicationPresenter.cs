using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>
/// Decides what the publication screen shows: headline, trend, breakdowns and the posts table, under the chart
/// toggles (day/week, clinicians/everyone, platform, specialty) and the posts filter and order. Trend and breakdowns
/// come from pre-aggregated counts; the posts table streams the newest posts and stops early.
/// </summary>
public sealed partial class PublicationPresenter
{
    private readonly DashboardPorts _ports;
    private IReadOnlyList<ReactionCount> _counts = [];
    private IReadOnlyList<AspectCount> _aspects = [];
    private readonly Dictionary<string, Author?> _authors = [];

    public PublicationPresenter(DashboardPorts ports, Publication publication)
    {
        _ports = ports ?? throw new ArgumentNullException(nameof(ports));
        Publication = publication ?? throw new ArgumentNullException(nameof(publication));
        Reload();
    }

    public Publication Publication { get; }
    public ReactionFilter ChartFilter { get; private set; } = ReactionFilter.Clinicians;
    public TrendGranularity Granularity { get; private set; } = TrendGranularity.Day;
    public PostFilter PostFilter { get; private set; } = PostFilter.None;
    public PostSort Sort { get; private set; } = PostSort.Newest;
    public bool SortReversed { get; private set; }
    public PublicationSummary Summary { get; private set; } = null!;

    /// <summary>Most rows the posts table holds; the rest are reached by narrowing the filter.</summary>
    public int MaxRows { get; init; } = 500;

    /// <summary>Rows read per page: the first page on every switch, the next ones as the table is scrolled to its end.</summary>
    public int PageRows { get; init; } = 100;

    /// <summary>
    /// Most posts a text search examines per page. Each costs two LiteDB seeks (the post, and its author for the
    /// display name), ~60–250 µs of CPU measured at 1M posts on a loaded machine, so one step of a search that finds
    /// little costs ~0.1–0.25 s.
    /// </summary>
    public int ScanStep { get; init; } = 1_000;

    /// <summary>Most posts (newest first, after the store's filters) a text search examines in all.</summary>
    public int ScanLimit { get; init; } = 20_000;

    /// <summary>Posts read by the last <see cref="Posts"/> call, and whether it stopped at <see cref="ScanLimit"/>.</summary>
    public (int Scanned, bool Truncated) LastScan { get; private set; }

    /// <summary>Re-reads counts (cheap: pre-aggregated) and forgets cached authors, e.g. on the refresh timer or after a relabel.</summary>
    public void Reload()
    {
        // A poll that found the counts changed hands them over instead of having them read a second time.
        (_counts, _aspects) = _polled ?? _ports.Statistics.CountsWithAspects(Publication.Key);
        _polled = null;
        Summary = PaperReads.Summarize(_ports, Publication, _counts);
        _authors.Clear();
        _pollsSinceReload = 0;
    }

    private int _pollsSinceReload;

    /// <summary>Counts read by the last <see cref="ActivityChanged"/> that differed from the shown ones; the next <see cref="Reload"/> uses them.</summary>
    private (IReadOnlyList<ReactionCount>, IReadOnlyList<AspectCount>)? _polled;

    /// <summary>
    /// The refresh timer's check: true when a newer post arrived, when the counts moved (labels changed in another
    /// process), and every <see cref="FullReloadEvery"/>th call anyway (e.g. older posts imported, evaluating flags changed).
    /// </summary>
    public bool ActivityChanged()
    {
        if (++_pollsSinceReload >= FullReloadEvery || PaperReads.NewestPostAt(_ports, Publication.Key) != Summary.LastPostAt)
            return true;
        // Labels changed in another process (classify, a relabel) move the counts without adding a post; the daily
        // count documents are cheap to read (tens of ms for a 200k-post paper), so compare them on every poll.
        (IReadOnlyList<ReactionCount> counts, IReadOnlyList<AspectCount> aspects) = _ports.Statistics.CountsWithAspects(Publication.Key);
        if (counts.SequenceEqual(_counts) && aspects.SequenceEqual(_aspects))
            return false;
        _polled = (counts, aspects);
        return true;
    }

    /// <summary>Polls between full re-reads of the counts.</summary>
    public int FullReloadEvery { get; init; } = 6;

    /// <summary>"312 posts · clinicians 120 · clin. net +0.42 ±0.12 n=80 · 7d ↑ +0.50 vs +0.20" — the screen's first line.</summary>
    public string Headline() =>
        $"{Summary.Posts} posts · clinicians {Summary.ClinicianPosts} · clin. net {Display.Net(Summary.ClinicianNet)} · 7d {Summary.Arrow} {NetValue(Summary.LastWeek)} vs {NetValue(Summary.PreviousWeek)}";

    /// <summary>The chart's caption: what it shows under the current toggles.</summary>
    public string ChartCaption() =>
        $"{(Granularity == TrendGranularity.Day ? "daily" : "weekly")} · {ChartFilter.Describe()} · net {Display.Net(ReactionAnalytics.Totals(_counts, ChartFilter).Net)}";

    public IReadOnlyList<TrendPoint> Trend() => ReactionAnalytics.Trend(_counts, ChartFilter, Granularity);

    /// <summary>Role (all roles), then specialty, aspect and platform sections under the chart's filter.</summary>
    public IReadOnlyList<BreakdownLine> Breakdowns()
    {
        ReactionFilter noRole = ChartFilter with { Role = null };
        List<BreakdownLine> lines = [];
        // Role rows ignore the clinicians toggle (they compare roles), so say so when the rest is clinicians only.
        Section(lines, ChartFilter.Role is null ? "By role" : "By role (everyone)", ReactionAnalytics.ByRole(_counts, noRole));
        Section(lines, "By specialty", ReactionAnalytics.BySpecialty(_counts, ChartFilter));
        Section(lines, "By aspect", ReactionAnalytics.ByAspect(_aspects, _counts, ChartFilter));
        Section(lines, "By platform", ReactionAnalytics.ByPlatform(_counts, ChartFilter));
        return lines;
    }

    public void ToggleGranularity() =>
        Granularity = Granularity == TrendGranularity.Day ? TrendGranularity.Week : TrendGranularity.Day;

    public void ToggleClinicians() =>
        ChartFilter = ChartFilter with { Role = ChartFilter.Role is null ? AuthorRole.Clinician : null };

    /// <summary>All platforms → each platform with posts → all.</summary>
    public void CyclePlatform() =>
        ChartFilter = ChartFilter with { Platform = Next(ChartFilter.Platform, _counts.Select(c => c.Platform)) };

    /// <summary>All specialties → each specialty with posts → all.</summary>
    public void CycleSpecialty() =>
        ChartFilter = ChartFilter with { Specialty = Next(ChartFilter.Specialty, _counts.Where(c => c.Specialty != Specialty.Unknown).Select(c => c.Specialty)) };

    public void CycleSort()
    {
        Sort = (PostSort)(((int)Sort + 1) % Enum.GetValues<PostSort>().Length);
        SortReversed = false;
    }

    public void ReverseSort() => SortReversed = !SortReversed;

    /// <summary>Applies the search box; returns what was not understood (empty when all was).</summary>
    public IReadOnlyList<string> SetSearch(string? text)
    {
        PostFilter = PostFilter.Parse(text, out IReadOnlyList<string> errors);
        return errors;
    }

    public void SetPostFilter(PostFilter filter) => PostFilter = filter ?? PostFilter.None;

    private static string NetValue(NetSentiment net) => net.Value is double v ? NetSentiment.Signed(v) : "–";

    private static T? Next<T>(T? current, IEnumerable<T> present) where T : struct, Enum
    {
        T[] values = present.Distinct().OrderBy(v => v).ToArray();
        if (values.Length == 0)
            return null;
        if (current is null)
            return values[0];
        int i = Array.IndexOf(values, current.Value);
        return i < 0 || i + 1 >= values.Length ? null : values[i + 1];
    }

    private static void Section(List<BreakdownLine> lines, string title, IReadOnlyList<BreakdownRow> rows)
    {
        lines.Add(new BreakdownLine(title, "", "", "", IsHeading: true));
        if (rows.Count == 0)
            lines.Add(new BreakdownLine("  (none)", "", "", ""));
        foreach (BreakdownRow r in rows)
            lines.Add(new BreakdownLine("  " + r.Key, r.Posts.ToString(System.Globalization.CultureInfo.InvariantCulture), Display.Share(r.Share), Display.Net(r.Net)));
    }
}
