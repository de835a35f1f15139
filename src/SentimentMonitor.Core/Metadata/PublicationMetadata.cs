namespace SentimentMonitor.Core.Metadata;

/// <summary>
/// What bibliographic services said about a publication (null where they said nothing), and one line per
/// service that could not be asked (offline, unknown DOI, not in PMC).
/// </summary>
public sealed record PublicationMetadata
{
    public string? Doi { get; init; }
    public string? Title { get; init; }
    public string? Journal { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string? Pmid { get; init; }
    public string? Pmcid { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];
}
