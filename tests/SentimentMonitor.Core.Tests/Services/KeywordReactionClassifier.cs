using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Tests.Services;

/// <summary>Evaluating and aspects in one pass (keywords), counting how it was called: one-pass calls vs per-label calls.</summary>
internal sealed class KeywordReactionClassifier : IReactionClassifier
{
    public int OnePassCalls { get; private set; }
    public int SeparateCalls { get; private set; }

    string IEvaluatingClassifier.ModelVersion => "kw-evaluating-2";
    string IAspectClassifier.ModelVersion => "kw-aspects-2";

    public IReadOnlyList<ReactionLabels> ClassifyReactions(IReadOnlyList<ClassificationInput> inputs)
    {
        OnePassCalls++;
        return inputs.Select(i => new ReactionLabels(!i.Text.StartsWith("New:"), i.Text.Contains("toxic") ? [Aspect.Safety] : [])).ToArray();
    }

    bool IEvaluatingClassifier.Classify(ClassificationInput input) => Separate(ClassifyReactions([input])[0].Evaluating);

    IReadOnlyList<bool> IEvaluatingClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) => Separate(ClassifyReactions(inputs).Select(r => r.Evaluating).ToArray());

    IReadOnlyList<Aspect> IAspectClassifier.Classify(ClassificationInput input) => Separate(ClassifyReactions([input])[0].Aspects);

    IReadOnlyList<IReadOnlyList<Aspect>> IAspectClassifier.Classify(IReadOnlyList<ClassificationInput> inputs) => Separate(ClassifyReactions(inputs).Select(r => r.Aspects).ToArray());

    private T Separate<T>(T value)
    {
        OnePassCalls--;
        SeparateCalls++;
        return value;
    }
}
