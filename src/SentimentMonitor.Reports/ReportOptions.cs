using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Reports;

/// <summary>What a report covers: one or more publications, an optional day range (UTC, inclusive) and the audience filter.</summary>
public sealed record ReportOptions
{
    public required IReadOnlyList<Publication> Publications { get; init; }
    public required string OutputDirectory { get; init; }
    public DateOnly? From { get; init; }
    /// <summary>Last day included (UTC).</summary>
    public DateOnly? To { get; init; }
    /// <summary>Only posts by clinicians in every chart and in posts.csv/jsonl.</summary>
    public bool CliniciansOnly { get; init; }
    /// <summary>Shown in report.md/html only, never in data files, so CSV/JSON stay byte-identical across runs.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }
    /// <summary>How many positive and how many negative clinician posts to quote per publication.</summary>
    public int TopPosts { get; init; } = 5;

    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}
