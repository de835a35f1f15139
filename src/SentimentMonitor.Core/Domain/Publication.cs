namespace SentimentMonitor.Core.Domain;

/// <summary>
/// A tracked paper. <see cref="Key"/> is its identity: the lower-cased DOI when it has one,
/// else <c>pmid:NNN</c>, <c>pmc:PMCNNN</c> or a slug of the title.
/// </summary>
public sealed record Publication
{
    public required string Key { get; init; }
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public string? Pmcid { get; init; }
    public string? Title { get; init; }
    public string? Journal { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public IReadOnlyList<string> Urls { get; init; } = [];
    /// <summary>Keywords and hashtags (hashtags keep their leading '#').</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public DateTimeOffset TrackedAt { get; init; }

    /// <summary>A short human name: title when known, else the key.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Title) ? Key : Title!;
}
