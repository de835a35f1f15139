namespace SentimentMonitor.Reports.Model;

/// <summary>
/// What one pass over a publication's posts found besides the rows exported: the most engaged positive and negative
/// clinician posts and the provenance of labels and matches, for the method section.
/// </summary>
public sealed record PostDigest(
    long Posts,
    IReadOnlyList<TopPost> TopPositive,
    IReadOnlyList<TopPost> TopNegative,
    IReadOnlyList<KeyCount> SentimentSources,
    IReadOnlyList<KeyCount> AuthorSources,
    IReadOnlyList<KeyCount> MatchRules)
{
    public static PostDigest Empty { get; } = new(0, [], [], [], [], []);
}
