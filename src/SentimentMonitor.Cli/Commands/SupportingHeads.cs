using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// The classifiers that go with the sentiment model: evaluating-vs-sharing when its model is found, and aspects
/// from the model or, without one, from the clinical vocabulary rules. When both models are found they are returned
/// as one <see cref="MlNetReactionClassifier"/> (the same object twice), so that <c>ClassificationService</c>
/// scores both from one featurisation. One place, so <c>classify</c>, <c>watch</c>, the dashboard's live
/// collection and <c>bench classify</c> label posts the same way.
/// </summary>
internal static class SupportingHeads
{
    public static (IEvaluatingClassifier? Evaluating, IAspectClassifier Aspects) Load()
    {
        string? evaluatingPath = ModelLocator.Find(ModelTask.Evaluating, null);
        string? aspectsPath = ModelLocator.Find(ModelTask.Aspects, null);
        MlNetEvaluatingClassifier? evaluating = evaluatingPath is null ? null : EvaluateCommand.Load(() => MlNetEvaluatingClassifier.Load(evaluatingPath));
        if (aspectsPath is null)
            return (evaluating, new RuleAspectClassifier());
        MlNetAspectClassifier aspects = EvaluateCommand.Load(() => MlNetAspectClassifier.Load(aspectsPath));
        if (evaluating is null)
            return (null, aspects);
        MlNetReactionClassifier both = new(evaluating, aspects);
        return (both, both);
    }

    /// <summary>
    /// <see cref="Load()"/> for a given sentiment classifier, and the sentiment classifier to use with them: when the
    /// evaluating and aspects models were trained on that sentiment model's features (v3 zips, same settings), a
    /// classifier whose batches also score their heads, so <c>ClassificationService</c> featurises each post once
    /// (sentiment first, then the reactions of the same batch). Otherwise <paramref name="sentiment"/> unchanged.
    /// </summary>
    public static (ISentimentClassifier Sentiment, IEvaluatingClassifier? Evaluating, IAspectClassifier Aspects) LoadFor(ISentimentClassifier sentiment)
    {
        ArgumentNullException.ThrowIfNull(sentiment);
        (IEvaluatingClassifier? evaluating, IAspectClassifier aspects) = Load();
        return evaluating is MlNetReactionClassifier both ? (both.ShareFeaturesWith(sentiment), evaluating, aspects) : (sentiment, evaluating, aspects);
    }

    /// <summary>Evaluating and aspects of a batch the way <c>ClassificationService</c> does it (one call when shared).</summary>
    public static void Classify(IEvaluatingClassifier? evaluating, IAspectClassifier aspects, IReadOnlyList<ClassificationInput> batch)
    {
        if (evaluating is IReactionClassifier both && ReferenceEquals(evaluating, aspects))
        {
            both.ClassifyReactions(batch);
            return;
        }
        evaluating?.Classify(batch);
        aspects.Classify(batch);
    }
}
