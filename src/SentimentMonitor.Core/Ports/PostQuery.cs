using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>Which posts to read. Null fields do not filter. Results come newest first unless <see cref="OldestFirst"/>.</summary>
public sealed record PostQuery
{
    public string? PublicationKey { get; init; }
    /// <summary>Only posts matching no publication.</summary>
    public bool UnmatchedOnly { get; init; }
    public DateTimeOffset? From { get; init; }
    /// <summary>Exclusive upper bound.</summary>
    public DateTimeOffset? To { get; init; }
    public Platform? Platform { get; init; }
    public string? AuthorKey { get; init; }
    /// <summary>Only posts with no machine sentiment yet (for classify).</summary>
    public bool UnclassifiedOnly { get; init; }
    /// <summary>Only posts whose author's role in effect (human over machine; unknown when unclassified) is this.</summary>
    public AuthorRole? Role { get; init; }
    /// <summary>Only posts whose author's specialty in effect is this.</summary>
    public Specialty? Specialty { get; init; }
    /// <summary>Only posts whose sentiment in effect (human over machine) is this.</summary>
    public Sentiment? Sentiment { get; init; }
    /// <summary>Only posts with this aspect in effect.</summary>
    public Aspect? Aspect { get; init; }
    /// <summary>
    /// A narrowing hint for text search: the search box's words (<see cref="Text.TextSearch"/>). A store with a word
    /// index leaves out posts that cannot contain every word; it may return posts that do not (and a store without an
    /// index ignores the hint), so callers check each post with <see cref="Text.TextSearch.Matches"/>. Skip and Limit
    /// count the posts returned.
    /// </summary>
    public string? MayContain { get; init; }
    public int? Limit { get; init; }
    public int Skip { get; init; }
    public bool OldestFirst { get; init; }
}
