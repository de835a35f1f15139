using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Writes machine author labels for the stored authors: those never classified, or classified by another version,
/// or all of them. Human labels are untouched (the repository keeps them apart), so they keep winning.
/// </summary>
public static class AuthorLabeler
{
    /// <summary>Counts per role of the labels written.</summary>
    public static IReadOnlyDictionary<AuthorRole, int> LabelAuthors(IPostRepository repository, IAuthorClassifier classifier,
        bool all = false, int batchSize = 1000, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        // Read first, write after: the repository does not allow holding its enumeration across writes.
        List<Author> pending = repository.Authors()
            .Where(a => all || a.Machine is null || a.Machine.Source != classifier.Version)
            .ToList();
        Dictionary<AuthorRole, int> counts = [];
        foreach (Author[] chunk in pending.Chunk(batchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            List<(string, AuthorClassification)> labels = new(chunk.Length);
            foreach (Author author in chunk)
            {
                AuthorClassification label = classifier.Classify(author);
                labels.Add((author.Key, label));
                counts[label.Role] = counts.GetValueOrDefault(label.Role) + 1;
            }
            repository.SetMachineAuthorLabels(labels);
        }
        return counts;
    }
}
