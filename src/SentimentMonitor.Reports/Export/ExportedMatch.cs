namespace SentimentMonitor.Reports.Export;

/// <summary>
/// A publication an exported post cites: its DOI and key, the strongest way it matched (<see cref="MatchedBy"/>,
/// the same reason <c>stats</c> counts) and every way it matched, strongest first.
/// </summary>
public sealed record ExportedMatch(string? Doi, string Key, IReadOnlyList<string> MatchKinds)
{
    public string MatchedBy => MatchKinds[0];
}
