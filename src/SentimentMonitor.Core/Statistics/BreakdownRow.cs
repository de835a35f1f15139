namespace SentimentMonitor.Core.Statistics;

/// <summary>
/// One line of a breakdown (by role, specialty, aspect or platform): a slug, its posts, their share of all posts
/// under the same filter (0–1), and net sentiment.
/// </summary>
public sealed record BreakdownRow(string Key, int Posts, double Share, NetSentiment Net);
