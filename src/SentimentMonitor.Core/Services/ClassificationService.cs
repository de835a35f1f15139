using System.Diagnostics;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Services;

/// <summary>
/// Labels stored posts in batches: sentiment, and when those classifiers are given, evaluating-vs-sharing and
/// aspects. Each batch is read, classified and written with <see cref="IPostRepository.SetMachineLabels"/> in
/// one transaction, so an interrupted run keeps every finished batch and the next run picks up the rest.
/// Human labels are never touched.
/// </summary>
public sealed class ClassificationService(
    IPostRepository posts,
    ISentimentClassifier sentiment,
    IEvaluatingClassifier? evaluating = null,
    IAspectClassifier? aspects = null,
    IPublicationRepository? publications = null)
{
    private readonly Dictionary<string, string?> _titles = new(StringComparer.Ordinal);

    public ClassificationSummary Run(ClassificationRequest request, IProgress<ClassificationProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BatchSize <= 0)
            throw new ArgumentOutOfRangeException(nameof(request), "batch size must be positive");
        Stopwatch clock = Stopwatch.StartNew();
        PostQuery baseQuery = new() { PublicationKey = request.PublicationKey, UnclassifiedOnly = !request.All, OldestFirst = true };
        long total = posts.Count(baseQuery);
        long done = 0;
        HashSet<string> seen = new(StringComparer.Ordinal);
        progress?.Report(new ClassificationProgress(0, total));
        while (done < total)
        {
            cancellation.ThrowIfCancellationRequested();
            // Unclassified posts drop out of the query once labelled, so that mode always reads the first page;
            // --all pages through a stable oldest-first order.
            PostQuery page = baseQuery with { Limit = request.BatchSize, Skip = request.All ? (int)done : 0 };
            List<Post> batch = posts.Query(page).ToList();
            if (batch.Count == 0)
                break;
            if (!request.All && batch.Any(p => !seen.Add(p.Key)))
                throw new InvalidOperationException("the repository returned posts that were just labelled; SetMachineLabels did not persist the labels");
            posts.SetMachineLabels(Classify(batch, request.PublicationKey));
            done += batch.Count;
            progress?.Report(new ClassificationProgress(done, total));
        }
        return new ClassificationSummary(done, sentiment.ModelVersion, evaluating?.ModelVersion, aspects?.ModelVersion, clock.Elapsed);
    }

    /// <summary>Classifies posts without storing anything (used by <c>classify</c> and benchmarks).</summary>
    public IReadOnlyList<PostLabels> Classify(IReadOnlyList<Post> batch, string? publicationKey = null)
    {
        ClassificationInput[] inputs = batch.Select(p => new ClassificationInput(p.Text, TitleFor(p, publicationKey))).ToArray();
        IReadOnlyList<SentimentPrediction> labels = sentiment.Classify(inputs);
        IReadOnlyList<bool>? judged;
        IReadOnlyList<IReadOnlyList<Aspect>>? reasons;
        if (evaluating is IReactionClassifier both && ReferenceEquals(evaluating, aspects))
        {
            // One pass for both labels (shared featurisation).
            IReadOnlyList<ReactionLabels> reactions = both.ClassifyReactions(inputs);
            judged = reactions.Select(r => r.Evaluating).ToArray();
            reasons = reactions.Select(r => r.Aspects).ToArray();
        }
        else
        {
            judged = evaluating?.Classify(inputs);
            reasons = aspects?.Classify(inputs);
        }
        PostLabels[] result = new PostLabels[batch.Count];
        for (int i = 0; i < result.Length; i++)
            result[i] = new PostLabels(batch[i].Key, labels[i], judged?[i], reasons?[i]);
        return result;
    }

    /// <summary>Title of the publication the post is classified against: the requested one, else its first match.</summary>
    private string? TitleFor(Post post, string? publicationKey)
    {
        if (publications is null)
            return null;
        string? key = publicationKey ?? post.Matches.FirstOrDefault()?.PublicationKey;
        if (key is null)
            return null;
        if (!_titles.TryGetValue(key, out string? title))
            _titles[key] = title = publications.Find(key)?.Title;
        return title;
    }
}
