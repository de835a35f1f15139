using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// The classifiers that go with the sentiment model: evaluating-vs-sharing when its model is found, and aspects
/// from the model or, without one, from the clinical vocabulary rules. One place, so <c>classify</c>, <c>watch</c>
/// and the dashboard's live collection label posts the same way.
/// </summary>
internal static class SupportingHeads
{
    public static (IEvaluatingClassifier? Evaluating, IAspectClassifier Aspects) Load()
    {
        string? evaluatingPath = ModelLocator.Find(ModelTask.Evaluating, null);
        string? aspectsPath = ModelLocator.Find(ModelTask.Aspects, null);
        IEvaluatingClassifier? evaluating = evaluatingPath is null ? null : EvaluateCommand.Load(() => MlNetEvaluatingClassifier.Load(evaluatingPath));
        IAspectClassifier aspects = aspectsPath is null ? new RuleAspectClassifier() : EvaluateCommand.Load(() => MlNetAspectClassifier.Load(aspectsPath));
        return (evaluating, aspects);
    }
}
