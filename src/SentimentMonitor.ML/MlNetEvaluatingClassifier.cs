using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;
using SentimentMonitor.ML.Schema;

namespace SentimentMonitor.ML;

/// <summary>
/// Evaluating (the author judges the study) vs sharing (summary, title, question), from a model zip trained by
/// <c>train --task evaluating</c>. Thread-safe.
/// </summary>
public sealed class MlNetEvaluatingClassifier : IEvaluatingClassifier
{
    private readonly TextHead _head;

    private MlNetEvaluatingClassifier(LoadedModel model)
    {
        Manifest = model.Manifest;
        _head = model.Heads.Values.Single();
    }

    public static MlNetEvaluatingClassifier Load(string path) => new(LoadedModel.Load(path, ModelTask.Evaluating));

    internal static MlNetEvaluatingClassifier From(LoadedModel model) => new(model);

    public ModelManifest Manifest { get; }

    public string ModelVersion => Manifest.Version;

    public IReadOnlyList<bool> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        return _head.PredictBatch(_head.Prepare(inputs)).Select(p => p.Label == "true").ToArray();
    }

    public bool Classify(ClassificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _head.Predict(_head.Prepare(input.Text, input.PublicationTitle)).Label == "true";
    }
}
