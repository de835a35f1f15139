using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;
using SentimentMonitor.ML.Schema;

namespace SentimentMonitor.ML;

/// <summary>
/// Aspects of a reaction from a model zip trained by <c>train --task aspects</c>: one binary head per aspect,
/// combined with <see cref="ClinicalAspectVocabulary"/> as the manifest's <see cref="AspectMode"/> says (the mode
/// that won on validation). Thread-safe.
/// </summary>
public sealed class MlNetAspectClassifier : IAspectClassifier
{
    private readonly (Aspect Aspect, TextHead Head, int TrueIndex, float Threshold)[] _heads;

    private MlNetAspectClassifier(LoadedModel model)
    {
        Manifest = model.Manifest;
        _heads = model.Manifest.Heads.Select(h =>
        {
            TextHead head = model.Heads[h.Name];
            return (DomainSlugs.Parse<Aspect>(h.Name), head, head.Labels.ToList().IndexOf("true"), h.Threshold);
        }).ToArray();
    }

    public static MlNetAspectClassifier Load(string path) => new(LoadedModel.Load(path, ModelTask.Aspects));

    internal static MlNetAspectClassifier From(LoadedModel model) => new(model);

    public ModelManifest Manifest { get; }

    public string ModelVersion => Manifest.Version;

    public AspectMode Mode => Manifest.AspectMode;

    public IReadOnlyList<IReadOnlyList<Aspect>> Classify(IReadOnlyList<ClassificationInput> inputs) => Classify(inputs, Mode);

    public IReadOnlyList<Aspect> Classify(ClassificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        HashSet<Aspect> on = Mode == AspectMode.Ml ? [] : [.. ClinicalAspectVocabulary.Match(input.Text)];
        if (Mode != AspectMode.Rules)
        {
            foreach ((Aspect aspect, TextHead head, int trueIndex, float threshold) in _heads)
            {
                if (head.Predict(head.Prepare(input.Text, input.PublicationTitle)).Scores[trueIndex] >= threshold)
                    on.Add(aspect);
            }
        }
        return Ordered(on);
    }

    /// <summary>Classifies with an explicit mode (used on validation to choose the mode).</summary>
    internal IReadOnlyList<IReadOnlyList<Aspect>> Classify(IReadOnlyList<ClassificationInput> inputs, AspectMode mode)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        HashSet<Aspect>[] on = new HashSet<Aspect>[inputs.Count];
        for (int i = 0; i < inputs.Count; i++)
            on[i] = mode == AspectMode.Ml ? [] : [.. ClinicalAspectVocabulary.Match(inputs[i].Text)];
        if (mode != AspectMode.Rules && inputs.Count > 0)
        {
            // Every head shares the preprocessing chosen at training, so posts are prepared once.
            TextHead first = _heads[0].Head;
            ModelInput[] rows = inputs.Select(x => first.Prepare(x.Text, x.PublicationTitle)).ToArray();
            foreach ((Aspect aspect, TextHead head, int trueIndex, float threshold) in _heads)
            {
                HeadPrediction[] predictions = head.PredictBatch(rows);
                for (int i = 0; i < predictions.Length; i++)
                {
                    if (predictions[i].Scores[trueIndex] >= threshold)
                        on[i].Add(aspect);
                }
            }
        }
        return on.Select(Ordered).ToArray();
    }

    private static IReadOnlyList<Aspect> Ordered(HashSet<Aspect> set) => set.Order().ToArray();
}
