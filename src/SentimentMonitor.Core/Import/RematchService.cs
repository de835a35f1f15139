using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Import;

/// <summary>
/// Re-matches every stored post against the tracked publications, after one is tracked or gains an identifier.
/// Posts that matched nothing were kept for this: they are claimed without re-importing. Only posts whose
/// matches change are written, in batches of one transaction each.
/// </summary>
public sealed class RematchService(IPostRepository repository, int batchSize = 2000)
{
    /// <summary>Returns how many posts changed their matches.</summary>
    /// <param name="match">Matches a post against the full current list of tracked publications.</param>
    public long Rematch(Func<Post, IReadOnlyList<PublicationMatch>> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        // Read everything first: the repository forbids holding a query open across writes.
        List<(string PostKey, IReadOnlyList<PublicationMatch> Matches)> changes = [];
        foreach (Post post in repository.Query(new PostQuery { OldestFirst = true }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<PublicationMatch> matches = match(post);
            if (!matches.SequenceEqual(post.Matches))
                changes.Add((post.Key, matches));
        }
        foreach (var chunk in changes.Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            repository.SetMatches(chunk);
        }
        return changes.Count;
    }
}
