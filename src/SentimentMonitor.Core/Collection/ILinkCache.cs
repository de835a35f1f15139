namespace SentimentMonitor.Core.Collection;

/// <summary>
/// Remembers where shortened links lead, so each is resolved over the network once. A null target records a
/// link that could not be resolved (dead, looping, too many hops), with when it was tried.
/// </summary>
public interface ILinkCache
{
    /// <summary>True when the link was resolved before; <paramref name="target"/> is null for a failed resolution.</summary>
    bool TryGetLink(string shortUrl, out string? target, out DateTimeOffset resolvedAt);

    void PutLinks(IReadOnlyList<(string ShortUrl, string? Target)> links, DateTimeOffset resolvedAt);
}
