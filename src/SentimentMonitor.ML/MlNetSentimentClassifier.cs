using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;
using SentimentMonitor.ML.Schema;

namespace SentimentMonitor.ML;

/// <summary>
/// Sentiment toward the cited study, from a model zip trained by <c>train --task sentiment</c>. Batches run as one
/// IDataView transform; single posts use pooled prediction engines, so every method is thread-safe.
/// </summary>
public sealed class MlNetSentimentClassifier : ISentimentClassifier
{
    private readonly TextHead _head;
    private readonly int _negative, _neutral, _positive;

    private MlNetSentimentClassifier(LoadedModel model)
    {
        Manifest = model.Manifest;
        _head = model.Heads.Values.Single();
        _negative = IndexOf("negative");
        _neutral = IndexOf("neutral");
        _positive = IndexOf("positive");
    }

    /// <summary>Loads <c>models/NAME.zip</c> (or any path); throws when it is missing or not a sentiment model.</summary>
    public static MlNetSentimentClassifier Load(string path) => new(LoadedModel.Load(path, ModelTask.Sentiment));

    internal static MlNetSentimentClassifier From(LoadedModel model) => new(model);

    public ModelManifest Manifest { get; }

    public string ModelVersion => Manifest.Version;

    public IReadOnlyList<SentimentPrediction> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        return _head.PredictBatch(_head.Prepare(inputs)).Select(ToPrediction).ToArray();
    }

    public SentimentPrediction Classify(ClassificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ToPrediction(_head.Predict(_head.Prepare(input.Text, input.PublicationTitle)));
    }

    private SentimentPrediction ToPrediction(HeadPrediction p) => new(
        DomainSlugs.Parse<Sentiment>(p.Label), p.Scores[_negative], p.Scores[_neutral], p.Scores[_positive], ModelVersion);

    private int IndexOf(string label)
    {
        int index = _head.Labels.ToList().IndexOf(label);
        return index >= 0 ? index : throw new InvalidDataException($"model {Manifest.Version} has no '{label}' class");
    }
}
