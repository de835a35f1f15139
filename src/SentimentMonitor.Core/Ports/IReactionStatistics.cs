namespace SentimentMonitor.Core.Ports;

/// <summary>
/// Reaction counts per publication, pre-aggregated on write so the dashboard never loads posts to draw a trend
/// (see shared/docs/litedb-measured.md: ~15 ms vs 3.5 s for a 200k-post paper). Counts reflect human labels
/// (post and author) over machine ones, and change when labels change.
/// </summary>
public interface IReactionStatistics
{
    IReadOnlyList<ReactionCount> Counts(string publicationKey);

    IReadOnlyList<AspectCount> AspectCounts(string publicationKey);

    /// <summary>
    /// <see cref="Counts"/> and <see cref="AspectCounts"/> together. Stores that keep both in the same documents
    /// override this to read them once (the LiteDB store: one read of the publication's daily documents).
    /// </summary>
    (IReadOnlyList<ReactionCount> Counts, IReadOnlyList<AspectCount> Aspects) CountsWithAspects(string publicationKey) =>
        (Counts(publicationKey), AspectCounts(publicationKey));

    /// <summary>Posts citing the publication and the newest post time (null when none).</summary>
    (long Posts, DateTimeOffset? LastPostAt) Activity(string publicationKey);
}
