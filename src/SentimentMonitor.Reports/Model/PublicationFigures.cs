using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Reports.Model;

/// <summary>
/// Every number a report shows for one publication, computed by <see cref="ReactionAnalytics"/> from the statistics
/// port restricted to the report's days. <see cref="Audience"/> is everyone or clinicians (--clinicians-only).
/// </summary>
public sealed record PublicationFigures
{
    public required Publication Publication { get; init; }
    /// <summary>File-name-safe form of the publication key, prefixing its chart files.</summary>
    public required string Slug { get; init; }
    public required ReactionFilter Audience { get; init; }
    public required PublicationSummary Summary { get; init; }
    /// <summary>Posts by sentiment under <see cref="Audience"/>.</summary>
    public required SentimentTally Totals { get; init; }
    public required SentimentTally ClinicianTotals { get; init; }
    public required IReadOnlyList<TrendPoint> Weekly { get; init; }
    public required IReadOnlyList<TrendPoint> ClinicianWeekly { get; init; }
    /// <summary>Clinician posts by specialty.</summary>
    public required IReadOnlyList<BreakdownRow> Specialties { get; init; }
    public required IReadOnlyList<BreakdownRow> Aspects { get; init; }
    public required IReadOnlyList<BreakdownRow> Platforms { get; init; }
    public required IReadOnlyList<BreakdownRow> Roles { get; init; }
    /// <summary>Day 0 of the days-since-publication axis: the publication date, else the first day with posts.</summary>
    public required DateOnly? Origin { get; init; }
    public required IReadOnlyList<DailyVolume> Daily { get; init; }
    /// <summary>Clinician net sentiment by week since <see cref="Origin"/>, every week present.</summary>
    public required IReadOnlyList<WeekSincePublication> ClinicianNetSincePublication { get; init; }
    public PostDigest Posts { get; init; } = PostDigest.Empty;
}
