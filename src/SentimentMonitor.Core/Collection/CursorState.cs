using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Collection;

/// <summary>
/// The resumable part of a <see cref="CollectionCursor"/>: what a source needs to continue a query exactly
/// where the last stored page left it.
/// </summary>
/// <param name="HighWaterMark">Newest id or time covered by completed runs (X since_id, Mastodon min_id, Bluesky since).</param>
/// <param name="PageCursor">Paging token of an unfinished run; null when the last run completed.</param>
/// <param name="PendingHighWaterMark">High-water mark the unfinished run will promote when it completes.</param>
public sealed record CursorState(string? HighWaterMark, string? PageCursor, string? PendingHighWaterMark)
{
    public static CursorState Empty { get; } = new(null, null, null);

    /// <summary>True when a run stopped part-way and its paging token is waiting.</summary>
    public bool InProgress => PageCursor is not null;

    public static CursorState From(CollectionCursor? cursor) =>
        cursor is null ? Empty : new(cursor.HighWaterMark, cursor.PageCursor, cursor.PendingHighWaterMark);

    /// <summary>The state after the last page of a run: the pending mark becomes the high-water mark.</summary>
    public CursorState Completed() => new(PendingHighWaterMark ?? HighWaterMark, null, null);
}
