using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Collection;

/// <summary>
/// One page a source fetched: its records and the cursor state that covers them. The service stores both in
/// one transaction, so a kill between pages never loses or repeats a page.
/// </summary>
/// <param name="Records">Posts of the page, mapped to the domain (not yet matched).</param>
/// <param name="PostsRead">Posts the API returned (what X bills), including ones that failed to map.</param>
/// <param name="After">Cursor state once this page is stored.</param>
/// <param name="RunComplete">True on the last page of a run (the high-water mark in <paramref name="After"/> is final).</param>
/// <param name="Note">Something the user should know (partial errors on a 200 page, a Link loop), or null.</param>
public sealed record SourcePage(
    IReadOnlyList<ParsedRecord> Records,
    int PostsRead,
    CursorState After,
    bool RunComplete,
    string? Note = null);
