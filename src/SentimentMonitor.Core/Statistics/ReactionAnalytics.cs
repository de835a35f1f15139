using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Statistics;

/// <summary>
/// Trends and breakdowns computed from the pre-aggregated rows of <see cref="IReactionStatistics"/>. Pure functions:
/// the dashboard, the <c>stats</c> verb and reports all use these so their numbers agree.
/// </summary>
public static class ReactionAnalytics
{
    /// <summary>Totals by sentiment of the rows the filter keeps (optionally only days in [from, to]).</summary>
    public static SentimentTally Totals(IEnumerable<ReactionCount> rows, ReactionFilter filter, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(filter);
        SentimentTally tally = SentimentTally.Empty;
        foreach (ReactionCount row in rows)
        {
            if (filter.Matches(row) && (from is null || row.Day >= from) && (to is null || row.Day <= to))
                tally = tally.Add(row.Sentiment, row.Count);
        }
        return tally;
    }

    /// <summary>First day of the bucket holding <paramref name="day"/>.</summary>
    public static DateOnly BucketStart(DateOnly day, TrendGranularity granularity) => granularity switch
    {
        TrendGranularity.Day => day,
        // DayOfWeek.Sunday is 0; ISO weeks start on Monday.
        TrendGranularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity)),
    };

    /// <summary>
    /// One point per bucket from the first to the last bucket with posts, empty buckets included (zero counts),
    /// so a chart's x axis is linear in time. Empty when no row passes the filter.
    /// </summary>
    public static IReadOnlyList<TrendPoint> Trend(IEnumerable<ReactionCount> rows, ReactionFilter filter, TrendGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(filter);
        SortedDictionary<DateOnly, SentimentTally> buckets = [];
        foreach (ReactionCount row in rows)
        {
            if (!filter.Matches(row) || row.Count == 0)
                continue;
            DateOnly start = BucketStart(row.Day, granularity);
            buckets[start] = (buckets.GetValueOrDefault(start) ?? SentimentTally.Empty).Add(row.Sentiment, row.Count);
        }
        if (buckets.Count == 0)
            return [];
        List<TrendPoint> points = [];
        int step = granularity == TrendGranularity.Week ? 7 : 1;
        for (DateOnly d = buckets.Keys.First(); d <= buckets.Keys.Last(); d = d.AddDays(step))
            points.Add(new TrendPoint(d, buckets.GetValueOrDefault(d) ?? SentimentTally.Empty));
        return points;
    }

    /// <summary>Posts and net sentiment by author role, largest first.</summary>
    public static IReadOnlyList<BreakdownRow> ByRole(IEnumerable<ReactionCount> rows, ReactionFilter filter) =>
        Breakdown(rows, filter, r => DomainSlugs.Slug(r.Role));

    /// <summary>Posts and net sentiment by specialty, largest first.</summary>
    public static IReadOnlyList<BreakdownRow> BySpecialty(IEnumerable<ReactionCount> rows, ReactionFilter filter) =>
        Breakdown(rows, filter, r => DomainSlugs.Slug(r.Specialty));

    /// <summary>Posts and net sentiment by platform, largest first.</summary>
    public static IReadOnlyList<BreakdownRow> ByPlatform(IEnumerable<ReactionCount> rows, ReactionFilter filter) =>
        Breakdown(rows, filter, r => DomainSlugs.Slug(r.Platform));

    /// <summary>
    /// Per aspect: posts mentioning it, their share of all posts under the filter (a post with two aspects counts
    /// in both, so shares may sum past 1) and the net sentiment of those posts. Largest first.
    /// </summary>
    public static IReadOnlyList<BreakdownRow> ByAspect(IEnumerable<AspectCount> aspectRows, IEnumerable<ReactionCount> rows, ReactionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(aspectRows);
        int total = Totals(rows, filter).Total;
        Dictionary<Aspect, SentimentTally> byAspect = [];
        foreach (AspectCount row in aspectRows)
        {
            if (filter.Matches(row))
                byAspect[row.Aspect] = (byAspect.GetValueOrDefault(row.Aspect) ?? SentimentTally.Empty).Add(row.Sentiment, row.Count);
        }
        return Order(byAspect.Select(kv => (DomainSlugs.Slug(kv.Key), kv.Value)), total);
    }

    private static IReadOnlyList<BreakdownRow> Breakdown(IEnumerable<ReactionCount> rows, ReactionFilter filter, Func<ReactionCount, string> key)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(filter);
        Dictionary<string, SentimentTally> groups = [];
        int total = 0;
        foreach (ReactionCount row in rows)
        {
            if (!filter.Matches(row))
                continue;
            string k = key(row);
            groups[k] = (groups.GetValueOrDefault(k) ?? SentimentTally.Empty).Add(row.Sentiment, row.Count);
            total += row.Count;
        }
        return Order(groups.Select(kv => (kv.Key, kv.Value)), total);
    }

    private static IReadOnlyList<BreakdownRow> Order(IEnumerable<(string Key, SentimentTally Tally)> groups, int total) =>
        groups.Where(g => g.Tally.Total > 0)
            .Select(g => new BreakdownRow(g.Key, g.Tally.Total, total == 0 ? 0 : (double)g.Tally.Total / total, g.Tally.Net))
            .OrderByDescending(r => r.Posts).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToArray();
}
