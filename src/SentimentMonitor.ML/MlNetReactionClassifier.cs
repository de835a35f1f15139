using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML;

/// <summary>
/// The evaluating and aspects models together. When both zips carry the same shared featurizer (same id), each
/// post is prepared and featurised once and all heads score that one vector; otherwise each model runs on its own.
/// Thread-safe.
/// </summary>
public sealed class MlNetReactionClassifier : IReactionClassifier
{
    private readonly MlNetEvaluatingClassifier _evaluating;
    private readonly MlNetAspectClassifier _aspects;
    private readonly SharedFeatureModel? _joint;

    public MlNetReactionClassifier(MlNetEvaluatingClassifier evaluating, MlNetAspectClassifier aspects)
    {
        ArgumentNullException.ThrowIfNull(evaluating);
        ArgumentNullException.ThrowIfNull(aspects);
        _evaluating = evaluating;
        _aspects = aspects;
        if (evaluating.Shared is { } e && aspects.Shared is { } a && e.Features.Id == a.Features.Id)
            _joint = a.WithHeads([.. e.Heads, .. a.Heads]); // evaluating head first, then the aspect heads
    }

    /// <summary>True when one featurisation serves both models.</summary>
    public bool SharesFeatures => _joint is not null;

    string IEvaluatingClassifier.ModelVersion => _evaluating.ModelVersion;

    string IAspectClassifier.ModelVersion => _aspects.ModelVersion;

    public IReadOnlyList<ReactionLabels> ClassifyReactions(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (_joint is null)
        {
            IReadOnlyList<bool> judged = _evaluating.Classify(inputs);
            IReadOnlyList<IReadOnlyList<Aspect>> reasons = _aspects.Classify(inputs);
            return judged.Select((j, i) => new ReactionLabels(j, reasons[i])).ToArray();
        }
        (PreparedPost[] posts, float[][] scores) = _joint.Score(inputs);
        ReactionLabels[] result = new ReactionLabels[posts.Length];
        for (int i = 0; i < result.Length; i++)
            result[i] = new ReactionLabels(_evaluating.Decide(scores[i][0]), _aspects.Decide(posts[i], scores[i], offset: 1));
        return result;
    }

    IReadOnlyList<bool> IEvaluatingClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) => _evaluating.Classify(inputs);

    bool IEvaluatingClassifier.Classify(ClassificationInput input) => _evaluating.Classify(input);

    IReadOnlyList<IReadOnlyList<Aspect>> IAspectClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) => _aspects.Classify(inputs);

    IReadOnlyList<Aspect> IAspectClassifier.Classify(ClassificationInput input) => _aspects.Classify(input);
}
