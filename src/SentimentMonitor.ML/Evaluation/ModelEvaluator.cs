using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.ML.Evaluation;

/// <summary>Scores any classifier behind the Core ports on labelled rows.</summary>
public static class ModelEvaluator
{
    public static ClassificationReport Sentiment(ISentimentClassifier classifier, IReadOnlyList<LabeledText> rows)
    {
        IReadOnlyList<SentimentPrediction> predicted = classifier.Classify(Inputs(rows));
        return MetricsCalculator.Classification(
            LabeledTextReader.SentimentLabels, rows.Select(r => r.Label).ToArray(), predicted.Select(p => DomainSlugs.Slug(p.Label)).ToArray());
    }

    public static ClassificationReport Evaluating(IEvaluatingClassifier classifier, IReadOnlyList<LabeledText> rows)
    {
        IReadOnlyList<bool> predicted = classifier.Classify(Inputs(rows));
        return MetricsCalculator.Classification(
            LabeledTextReader.EvaluatingLabels, rows.Select(r => r.Label).ToArray(), predicted.Select(p => p ? "true" : "false").ToArray());
    }

    public static AspectReport Aspects(IAspectClassifier classifier, IReadOnlyList<LabeledText> rows) =>
        Aspects(rows, classifier.Classify(Inputs(rows)));

    public static AspectReport Aspects(IReadOnlyList<LabeledText> rows, IReadOnlyList<IReadOnlyList<Aspect>> predicted)
    {
        string[][] truth = rows.Select(r => r.Label.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        string[][] guessed = predicted.Select(p => p.Select(DomainSlugs.Slug).ToArray()).ToArray();
        return MetricsCalculator.MultiLabel(DomainSlugs.All<Aspect>(), truth, guessed);
    }

    internal static ClassificationInput[] Inputs(IReadOnlyList<LabeledText> rows) =>
        rows.Select(r => new ClassificationInput(r.Text)).ToArray();
}
