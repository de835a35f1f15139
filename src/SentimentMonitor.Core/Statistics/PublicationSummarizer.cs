using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Statistics;

/// <summary>Builds <see cref="PublicationSummary"/> from the statistics port.</summary>
public static class PublicationSummarizer
{
    /// <summary>Each window needs this many positive + negative clinician posts before a direction is claimed.</summary>
    public const int MinimumPerWindow = 3;

    /// <summary>A change of net sentiment smaller than this is shown as flat.</summary>
    public const double FlatBand = 0.10;

    /// <summary>
    /// Summarises one publication. The two 7-day windows end on <paramref name="asOf"/> (inclusive); when null they
    /// end on the day of the newest post, so a paper that went quiet still shows how its last week compared.
    /// </summary>
    public static PublicationSummary Summarize(Publication publication, IReactionStatistics statistics, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(statistics);
        (long posts, DateTimeOffset? last) = statistics.Activity(publication.Key);
        return Summarize(publication, statistics.Counts(publication.Key), posts, last, asOf);
    }

    /// <summary>Summarises from rows already read (reports read them once for several purposes).</summary>
    public static PublicationSummary Summarize(Publication publication, IReadOnlyList<ReactionCount> rows, long posts, DateTimeOffset? lastPostAt, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(rows);
        SentimentTally clinicians = ReactionAnalytics.Totals(rows, ReactionFilter.Clinicians);
        DateOnly? end = asOf ?? (lastPostAt is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : null);
        NetSentiment lastWeek = NetSentiment.None, previousWeek = NetSentiment.None;
        if (end is DateOnly e)
        {
            lastWeek = ReactionAnalytics.Totals(rows, ReactionFilter.Clinicians, e.AddDays(-6), e).Net;
            previousWeek = ReactionAnalytics.Totals(rows, ReactionFilter.Clinicians, e.AddDays(-13), e.AddDays(-7)).Net;
        }
        return new PublicationSummary(publication, posts, clinicians.Total, clinicians.Net, lastWeek, previousWeek,
            Direction(lastWeek, previousWeek), end, lastPostAt);
    }

    /// <summary>Up or down when net sentiment moved by at least <see cref="FlatBand"/> and both windows have enough posts.</summary>
    public static TrendDirection Direction(NetSentiment recent, NetSentiment before)
    {
        if (recent.Count < MinimumPerWindow || before.Count < MinimumPerWindow)
            return TrendDirection.Unknown;
        double delta = recent.Value!.Value - before.Value!.Value;
        return delta >= FlatBand ? TrendDirection.Up : delta <= -FlatBand ? TrendDirection.Down : TrendDirection.Flat;
    }
}
