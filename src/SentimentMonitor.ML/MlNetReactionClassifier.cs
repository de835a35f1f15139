using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML;

/// <summary>
/// The evaluating and aspects models together. When both zips featurise alike (v2: the same shared featurizer id;
/// v3: the same hashed sentiment features), each post is prepared and featurised once and all heads score that one
/// vector; otherwise each model runs on its own. With v3 zips, <see cref="ShareFeaturesWith"/> goes further: the
/// sentiment model's own featurisation of a batch also scores these heads. Thread-safe.
/// </summary>
public sealed class MlNetReactionClassifier : IReactionClassifier
{
    private readonly MlNetEvaluatingClassifier _evaluating;
    private readonly MlNetAspectClassifier _aspects;
    private readonly SharedFeatureModel? _joint;
    private readonly HashedHeads? _hashed;

    public MlNetReactionClassifier(MlNetEvaluatingClassifier evaluating, MlNetAspectClassifier aspects)
    {
        ArgumentNullException.ThrowIfNull(evaluating);
        ArgumentNullException.ThrowIfNull(aspects);
        _evaluating = evaluating;
        _aspects = aspects;
        if (evaluating.Shared is { } e && aspects.Shared is { } a && e.Features.Id == a.Features.Id)
            _joint = a.WithHeads([.. e.Heads, .. a.Heads]); // evaluating head first, then the aspect heads
        if (evaluating.Hashed is { } he && aspects.Hashed is { } ha && he.Settings.SameFeatures(ha.Settings))
            _hashed = ha.WithHeads([.. he.Heads, .. ha.Heads]);
    }

    /// <summary>True when one featurisation serves both models.</summary>
    public bool SharesFeatures => _joint is not null || _hashed is not null;

    string IEvaluatingClassifier.ModelVersion => _evaluating.ModelVersion;

    string IAspectClassifier.ModelVersion => _aspects.ModelVersion;

    /// <summary>
    /// A sentiment classifier to use in place of <paramref name="sentiment"/> so that classifying a batch with it and
    /// then calling <see cref="ClassifyReactions"/> on the same batch featurises each post once: possible when both
    /// models are v3 zips built on <paramref name="sentiment"/>'s feature settings (see <see cref="HashedHeadsManifest"/>).
    /// Otherwise <paramref name="sentiment"/> itself is returned and every model featurises on its own.
    /// </summary>
    public ISentimentClassifier ShareFeaturesWith(ISentimentClassifier sentiment)
    {
        ArgumentNullException.ThrowIfNull(sentiment);
        if (_hashed is null || sentiment is not MlNetSentimentClassifier { HashedModel: { } model } hashed
            || !_hashed.Settings.SameFeatures(model.Settings, hashed.Manifest.Heads[0].Options.Preprocessing))
            return sentiment;
        return new JointSentimentClassifier(hashed, _hashed);
    }

    public IReadOnlyList<ReactionLabels> ClassifyReactions(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (_hashed is not null)
        {
            (float[] probabilities, float[] rules) = _hashed.Score(inputs);
            int k = _hashed.Heads.Count;
            ReactionLabels[] labels = new ReactionLabels[inputs.Count];
            for (int i = 0; i < labels.Length; i++)
            {
                ReadOnlySpan<float> p = probabilities.AsSpan(i * k, k);
                labels[i] = new ReactionLabels(_evaluating.Decide(p[0]), _aspects.Decide(rules.AsSpan(i * HashedHeads.RuleCount, HashedHeads.RuleCount), p[1..]));
            }
            return labels;
        }
        if (_joint is null)
        {
            IReadOnlyList<bool> judged = _evaluating.Classify(inputs);
            IReadOnlyList<IReadOnlyList<Aspect>> reasons = _aspects.Classify(inputs);
            return judged.Select((j, i) => new ReactionLabels(j, reasons[i])).ToArray();
        }
        (PreparedPost[] posts, float[][] scores) = _joint.Score(inputs);
        ReactionLabels[] result = new ReactionLabels[posts.Length];
        for (int i = 0; i < result.Length; i++)
            result[i] = new ReactionLabels(_evaluating.Decide(scores[i][0]), _aspects.Decide(posts[i].Rules, scores[i].AsSpan(1)));
        return result;
    }

    IReadOnlyList<bool> IEvaluatingClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) => _evaluating.Classify(inputs);

    bool IEvaluatingClassifier.Classify(ClassificationInput input) => _evaluating.Classify(input);

    IReadOnlyList<IReadOnlyList<Aspect>> IAspectClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) => _aspects.Classify(inputs);

    IReadOnlyList<Aspect> IAspectClassifier.Classify(ClassificationInput input) => _aspects.Classify(input);
}
