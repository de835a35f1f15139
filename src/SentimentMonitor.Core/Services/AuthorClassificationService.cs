using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Services;

/// <summary>
/// Labels stored authors with role, specialty and career stage. Runs before post statistics are read because
/// counts group by the author's role. Human labels are kept as they are (the repository stores machine labels
/// beside them), so an override survives reclassification.
/// </summary>
public sealed class AuthorClassificationService(IPostRepository repository, IAuthorClassifier classifier)
{
    /// <summary>Authors per write; each write is one transaction.</summary>
    public const int BatchSize = 2000;

    /// <summary>
    /// Labels authors without a machine label, or every author when <paramref name="all"/> (e.g. after the rules
    /// changed). Returns how many were labelled.
    /// </summary>
    public int Run(bool all, CancellationToken cancellation = default)
    {
        // Materialise the keys first: the store's author enumeration must not stay open across writes.
        List<Author> pending = repository.Authors().Where(a => all || a.Machine is null).ToList();
        int done = 0;
        foreach (Author[] chunk in pending.Chunk(BatchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            (string, AuthorClassification)[] labels = new (string, AuthorClassification)[chunk.Length];
            for (int i = 0; i < chunk.Length; i++)
                labels[i] = (chunk[i].Key, classifier.Classify(chunk[i]));
            repository.SetMachineAuthorLabels(labels);
            done += chunk.Length;
        }
        return done;
    }
}
