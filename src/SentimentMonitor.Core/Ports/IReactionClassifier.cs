using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>
/// Evaluating-vs-sharing and aspects in one pass (e.g. heads that share one featurisation of each post). When the
/// same object is given to <see cref="Services.ClassificationService"/> as both classifiers, it is called once
/// per batch instead of twice. Implementations are thread-safe.
/// </summary>
public interface IReactionClassifier : IEvaluatingClassifier, IAspectClassifier
{
    IReadOnlyList<ReactionLabels> ClassifyReactions(IReadOnlyList<ClassificationInput> inputs);
}
