using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.ML.Aspects;

/// <summary>Aspects from the curated clinical vocabulary alone (no model file needed). Thread-safe.</summary>
public sealed class RuleAspectClassifier : IAspectClassifier
{
    public const string Version = "aspect-rules-v1";

    public string ModelVersion => Version;

    public IReadOnlyList<IReadOnlyList<Aspect>> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Select(Classify).ToArray();
    }

    public IReadOnlyList<Aspect> Classify(ClassificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ClinicalAspectVocabulary.Match(input.Text);
    }
}
