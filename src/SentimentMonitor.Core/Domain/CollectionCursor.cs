namespace SentimentMonitor.Core.Domain;

/// <summary>
/// Where a collection of one (publication, source, query) stands: the high-water mark for incremental runs
/// and the paging cursor of an unfinished run. Stored in the same transaction as the posts it covers.
/// </summary>
public sealed record CollectionCursor
{
    public required string PublicationKey { get; init; }
    /// <summary>"x", "bluesky" or "mastodon:&lt;instance&gt;".</summary>
    public required string Source { get; init; }
    public required string Query { get; init; }
    /// <summary>Newest id (X since_id, Mastodon min_id) or time seen by completed runs.</summary>
    public string? HighWaterMark { get; init; }
    /// <summary>Paging token of a run in progress (X next_token, Bluesky cursor, Mastodon max_id); null when none.</summary>
    public string? PageCursor { get; init; }
    /// <summary>High-water mark being built by the run in progress; promoted when the run finishes.</summary>
    public string? PendingHighWaterMark { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public string Key => $"{PublicationKey}|{Source}|{Query}";
}
