namespace SentimentMonitor.Core.Collection;

/// <summary>
/// Resolves shortened links (t.co, bit.ly, short DOIs…) to their final targets, with a cache. Links that are
/// not shortened, or could not be resolved, are left out of the answer.
/// </summary>
public interface ILinkExpander
{
    /// <summary>Map from each resolvable shortened link to its final URL.</summary>
    Task<IReadOnlyDictionary<string, string>> ExpandAsync(IReadOnlyCollection<string> links, CancellationToken cancellationToken);
}
