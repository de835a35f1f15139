using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Collection;

/// <summary>Decides which tracked publications a post cites (the matching rules live behind this port).</summary>
public interface IPostMatcher
{
    IReadOnlyList<PublicationMatch> Match(Post post, IReadOnlyList<Publication> publications);
}
