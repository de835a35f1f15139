using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Statistics;

/// <summary>
/// The headline numbers of one paper: posts, posts by clinicians, clinician net sentiment overall and over the last
/// 7 days against the 7 before (ending on <see cref="AsOf"/>), the resulting direction, and the newest post time.
/// </summary>
public sealed record PublicationSummary(
    Publication Publication,
    long Posts,
    int ClinicianPosts,
    NetSentiment ClinicianNet,
    NetSentiment LastWeek,
    NetSentiment PreviousWeek,
    TrendDirection Direction,
    DateOnly? AsOf,
    DateTimeOffset? LastPostAt)
{
    /// <summary>↑ ↓ → or · (unknown: too few opinionated clinician posts in either window).</summary>
    public string Arrow => Direction switch
    {
        TrendDirection.Up => "↑",
        TrendDirection.Down => "↓",
        TrendDirection.Flat => "→",
        _ => "·",
    };
}
