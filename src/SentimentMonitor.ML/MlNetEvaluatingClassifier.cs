using Microsoft.ML;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;

namespace SentimentMonitor.ML;

/// <summary>
/// Evaluating (the author judges the study) vs sharing (summary, title, question), from a model zip trained by
/// <c>train --task evaluating</c>: either one binary head on the shared featurizer (v2 layout) or one full text
/// pipeline (v1 layout), or
/// one binary head on a hashed sentiment model's features (v3 layout, <see cref="HashedHeadsManifest"/>). Thread-safe.
/// </summary>
public sealed class MlNetEvaluatingClassifier : IEvaluatingClassifier
{
    private readonly TextHead? _head;
    private readonly float _threshold;

    private MlNetEvaluatingClassifier(LoadedModel model)
    {
        Manifest = model.Manifest;
        _head = model.Heads.Values.Single();
    }

    private MlNetEvaluatingClassifier(ModelManifest manifest, HashedHeads hashed)
    {
        Manifest = manifest;
        Hashed = hashed;
        _threshold = manifest.Heads.Single().Threshold;
    }

    private MlNetEvaluatingClassifier(ModelManifest manifest, SharedFeatureModel shared)
    {
        Manifest = manifest;
        Shared = shared;
        _threshold = manifest.Heads.Single().Threshold;
    }

    public static MlNetEvaluatingClassifier Load(string path)
    {
        ModelManifest manifest = ModelBundle.ReadManifest(path);
        if (manifest.SharedFeatures is null && manifest.HashedHeads is null)
            return new(LoadedModel.Load(path, ModelTask.Evaluating));
        if (manifest.Task != ModelTask.Evaluating)
            throw new InvalidDataException($"{path} is a {manifest.Task.ToString().ToLowerInvariant()} model, not an evaluating model");
        MLContext ml = new(seed: 1);
        (_, Dictionary<string, ITransformer> transformers) = ModelBundle.Load(path, ml);
        return From(ml, manifest, transformers);
    }

    internal static MlNetEvaluatingClassifier From(LoadedModel model) => new(model);

    internal static MlNetEvaluatingClassifier From(MLContext ml, ModelManifest manifest, IReadOnlyDictionary<string, ITransformer> transformers) =>
        manifest.HashedHeads is not null ? new(manifest, HashedHeads.From(manifest, transformers)) : new(manifest, SharedFeatureModel.From(ml, manifest, transformers));

    public ModelManifest Manifest { get; }

    public string ModelVersion => Manifest.Version;

    /// <summary>The shared featurizer and head (v2 layout), or null for a v1 zip.</summary>
    internal SharedFeatureModel? Shared { get; }

    /// <summary>The head on a hashed sentiment model's features (v3 layout), or null.</summary>
    internal HashedHeads? Hashed { get; }

    /// <summary>The decision for the probability of "evaluating" from the shared head.</summary>
    internal bool Decide(float probability) => probability >= _threshold;

    public IReadOnlyList<bool> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (Hashed is not null)
            return Hashed.Score(inputs).Probabilities.Select(Decide).ToArray();
        if (Shared is not null)
            return Shared.Score(inputs).Scores.Select(s => Decide(s[0])).ToArray();
        return _head!.PredictBatch(_head.Prepare(inputs)).Select(p => p.Label == "true").ToArray();
    }

    public bool Classify(ClassificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Hashed is not null)
        {
            Span<float> p = stackalloc float[1];
            Hashed.Score(input, stackalloc float[HashedHeads.RuleCount], p);
            return Decide(p[0]);
        }
        if (Shared is not null)
            return Decide(Shared.Score(input).Scores[0]);
        return _head!.Predict(_head.Prepare(input.Text, input.PublicationTitle)).Label == "true";
    }
}
