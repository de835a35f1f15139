using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.ML.Tests.Support;

/// <summary>
/// Classifiers with known predictions: the text starts with "[prediction]", e.g. "[positive] great trial" or
/// "[efficacy,safety] ...", so a test file states both the truth (label column) and the prediction.
/// </summary>
internal sealed class EchoClassifiers : ISentimentClassifier, IEvaluatingClassifier, IAspectClassifier
{
    public string ModelVersion => "echo";

    private static string Prediction(string text) => text[1..text.IndexOf(']')];

    SentimentPrediction ISentimentClassifier.Classify(ClassificationInput input) =>
        new(DomainSlugs.Parse<Sentiment>(Prediction(input.Text)), 0, 0, 0, ModelVersion);

    IReadOnlyList<SentimentPrediction> ISentimentClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) =>
        inputs.Select(i => ((ISentimentClassifier)this).Classify(i)).ToArray();

    bool IEvaluatingClassifier.Classify(ClassificationInput input) => Prediction(input.Text) == "true";

    IReadOnlyList<bool> IEvaluatingClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) =>
        inputs.Select(i => ((IEvaluatingClassifier)this).Classify(i)).ToArray();

    IReadOnlyList<Aspect> IAspectClassifier.Classify(ClassificationInput input) =>
        Prediction(input.Text).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(DomainSlugs.Parse<Aspect>).ToArray();

    IReadOnlyList<IReadOnlyList<Aspect>> IAspectClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) =>
        inputs.Select(i => ((IAspectClassifier)this).Classify(i)).ToArray();
}
