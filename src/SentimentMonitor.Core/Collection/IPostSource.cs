using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Collection;

/// <summary>
/// A live source of posts (X, Bluesky, Mastodon). Builds its queries from a publication and fetches pages,
/// resuming from a stored <see cref="CursorState"/>. Implementations wait out rate limits and retry transient
/// faults themselves; they throw <see cref="SourceException"/> when a query cannot go on.
/// </summary>
public interface IPostSource
{
    /// <summary>"x", "bluesky" or "mastodon": what <c>--source</c> names.</summary>
    string Name { get; }

    /// <summary>
    /// What to add to a publication when <see cref="QueriesFor"/> finds nothing to search for, as in "add {this}".
    /// Sources that search only some identifiers (Mastodon: hashtags) say which.
    /// </summary>
    string SearchableBy => "a DOI, URL, title or #hashtag";

    /// <summary>The queries to run for a publication; empty when it has nothing this source can search for.</summary>
    IReadOnlyList<CollectionQuery> QueriesFor(Publication publication, CollectionWindow window);

    /// <summary>Pages of one query from <paramref name="resume"/> on, until the run completes or the budget is spent.</summary>
    IAsyncEnumerable<SourcePage> FetchAsync(CollectionQuery query, CursorState resume, CollectionWindow window, CollectionMeter meter, CancellationToken cancellationToken);
}
