using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Reports.Tests.Alerts;

/// <summary>Statistics rows a test can change between watch cycles (the real store is used in the fixture-database tests).</summary>
internal sealed class MutableStatistics : IReactionStatistics
{
    public List<ReactionCount> Rows { get; } = [];

    public IReadOnlyList<ReactionCount> Counts(string publicationKey) => Rows.ToArray();

    public IReadOnlyList<AspectCount> AspectCounts(string publicationKey) => [];

    public (long Posts, DateTimeOffset? LastPostAt) Activity(string publicationKey) => (Rows.Sum(r => r.Count), null);
}
