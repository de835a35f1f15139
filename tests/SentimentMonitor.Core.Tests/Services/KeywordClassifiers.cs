using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Tests.Services;

/// <summary>Deterministic stand-ins for the ML classifiers: "great" is positive, "flawed" negative; records the titles it saw.</summary>
internal sealed class KeywordClassifiers : ISentimentClassifier, IEvaluatingClassifier, IAspectClassifier
{
    public List<string?> TitlesSeen { get; } = [];
    public string ModelVersion => "kw-1";

    public SentimentPrediction Classify(ClassificationInput input)
    {
        TitlesSeen.Add(input.PublicationTitle);
        Sentiment label = input.Text.Contains("great") ? Sentiment.Positive : input.Text.Contains("flawed") ? Sentiment.Negative : Sentiment.Neutral;
        return new SentimentPrediction(label, 0.1f, 0.1f, 0.8f, ModelVersion);
    }

    public IReadOnlyList<SentimentPrediction> Classify(IReadOnlyList<ClassificationInput> inputs) => inputs.Select(Classify).ToArray();

    bool IEvaluatingClassifier.Classify(ClassificationInput input) => !input.Text.StartsWith("New:");

    IReadOnlyList<bool> IEvaluatingClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) =>
        inputs.Select(i => !i.Text.StartsWith("New:")).ToArray();

    IReadOnlyList<Aspect> IAspectClassifier.Classify(ClassificationInput input) => input.Text.Contains("toxic") ? [Aspect.Safety] : [];

    IReadOnlyList<IReadOnlyList<Aspect>> IAspectClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) =>
        inputs.Select(i => ((IAspectClassifier)this).Classify(i)).ToArray();
}
