using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Tui.Tests.Fixtures;

/// <summary>Statistics that record which papers' counts were read (thread-safe: the warm-up reads on its own thread).</summary>
public sealed class ObservedStatistics(IReactionStatistics inner) : IReactionStatistics
{
    private readonly List<string> _reads = [];

    /// <summary>Publication keys whose counts were read, in order.</summary>
    public IReadOnlyList<string> Reads
    {
        get { lock (_reads) return _reads.ToArray(); }
    }

    public IReadOnlyList<ReactionCount> Counts(string publicationKey) => Record(publicationKey, inner.Counts);

    public IReadOnlyList<AspectCount> AspectCounts(string publicationKey) => Record(publicationKey, inner.AspectCounts);

    public (IReadOnlyList<ReactionCount> Counts, IReadOnlyList<AspectCount> Aspects) CountsWithAspects(string publicationKey) =>
        Record(publicationKey, inner.CountsWithAspects);

    public (long Posts, DateTimeOffset? LastPostAt) Activity(string publicationKey) => inner.Activity(publicationKey);

    private T Record<T>(string publicationKey, Func<string, T> read)
    {
        lock (_reads)
            _reads.Add(publicationKey);
        return read(publicationKey);
    }
}
