using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Hashing;

namespace SentimentMonitor.ML;

/// <summary>
/// Sentiment toward the cited study, from a model zip trained by <c>train --task sentiment</c>. Models with ML.NET
/// text featurisation run batches as one IDataView transform and single posts through pooled prediction engines;
/// hashed-feature models (manifest <c>hashed</c>) score their ML.NET-trained linear heads in plain C#. Every method
/// is thread-safe.
/// </summary>
public sealed class MlNetSentimentClassifier : ISentimentClassifier
{
    private readonly TextHead? _head;
    private readonly HashedSentimentModel? _hashed;
    private readonly int _negative, _neutral, _positive;

    private MlNetSentimentClassifier(ModelManifest manifest, HashedSentimentModel hashed)
    {
        Manifest = manifest;
        _hashed = hashed;
        IReadOnlyList<string> labels = manifest.Heads[0].Labels;
        if (!labels.SequenceEqual(LabeledTextReader.SentimentLabels))
            throw new InvalidDataException($"model {manifest.Version} has labels {string.Join(", ", labels)}, expected negative, neutral, positive");
        (_negative, _neutral, _positive) = (0, 1, 2);
    }

    private MlNetSentimentClassifier(LoadedModel model)
    {
        Manifest = model.Manifest;
        _head = model.Heads.Values.Single();
        _negative = IndexOf("negative");
        _neutral = IndexOf("neutral");
        _positive = IndexOf("positive");
    }

    /// <summary>Loads <c>models/NAME.zip</c> (or any path); throws when it is missing or not a sentiment model.</summary>
    public static MlNetSentimentClassifier Load(string path)
    {
        ModelManifest manifest = ModelBundle.ReadManifest(path);
        return manifest.Hashed is null || manifest.Task != ModelTask.Sentiment
            ? new(LoadedModel.Load(path, ModelTask.Sentiment))
            : new(manifest, HashedSentimentLoader.Load(path, manifest));
    }

    internal static MlNetSentimentClassifier From(LoadedModel model) => new(model);

    internal static MlNetSentimentClassifier From(ModelManifest manifest, HashedSentimentModel model) => new(manifest, model);

    public ModelManifest Manifest { get; }

    public string ModelVersion => Manifest.Version;

    /// <summary>The hashed-feature scorer, or null for a model with ML.NET text featurisation (other heads may share its features).</summary>
    internal HashedSentimentModel? HashedModel => _hashed;

    public IReadOnlyList<SentimentPrediction> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (_hashed is null)
            return _head!.PredictBatch(_head.Prepare(inputs)).Select(ToPrediction).ToArray();
        SentimentPrediction[] results = new SentimentPrediction[inputs.Count];
        for (int i = 0; i < results.Length; i++)
            results[i] = Hashed(inputs[i]);
        return results;
    }

    public SentimentPrediction Classify(ClassificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _hashed is null ? ToPrediction(_head!.Predict(_head.Prepare(input.Text, input.PublicationTitle))) : Hashed(input);
    }

    private SentimentPrediction Hashed(ClassificationInput input)
    {
        Span<float> p = stackalloc float[3];
        _hashed!.Predict(input.Text, input.PublicationTitle, p);
        // First maximum wins, as in the ML.NET path (label order negative, neutral, positive).
        Sentiment label = p[0] >= p[1] && p[0] >= p[2] ? Sentiment.Negative : p[1] >= p[2] ? Sentiment.Neutral : Sentiment.Positive;
        return new SentimentPrediction(label, p[0], p[1], p[2], ModelVersion);
    }

    private SentimentPrediction ToPrediction(HeadPrediction p) => new(
        DomainSlugs.Parse<Sentiment>(p.Label), p.Scores[_negative], p.Scores[_neutral], p.Scores[_positive], ModelVersion);

    private int IndexOf(string label)
    {
        int index = _head!.Labels.ToList().IndexOf(label);
        return index >= 0 ? index : throw new InvalidDataException($"model {Manifest.Version} has no '{label}' class");
    }
}
