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
        progress?.Report(new ClassificationProgress(0, total));
        // Keyset paging, oldest first: each page starts at the newest time of the page before (From is inclusive)
        // and drops the posts already handled at exactly that time. Paging by Skip (or re-reading the unlabelled
        // posts from the start) makes every page walk past all the posts before it: quadratic over a large paper.
        DateTimeOffset? edge = null;
        HashSet<string> handledAtEdge = new(StringComparer.Ordinal);
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            PostQuery page = baseQuery with { From = edge, Limit = request.BatchSize + handledAtEdge.Count };
            List<Post> batch = posts.Query(page).Where(p => !handledAtEdge.Contains(p.Key)).Take(request.BatchSize).ToList();
            if (batch.Count == 0)
                break;
            posts.SetMachineLabels(Classify(batch, request.PublicationKey));
            done += batch.Count;
            DateTimeOffset newest = batch[^1].CreatedAt;
            if (newest != edge)
                handledAtEdge.Clear();
            edge = newest;
            foreach (Post post in batch)
            {
                if (post.CreatedAt == newest)
                    handledAtEdge.Add(post.Key);
            }
            progress?.Report(new ClassificationProgress(done, Math.Max(total, done)));
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
