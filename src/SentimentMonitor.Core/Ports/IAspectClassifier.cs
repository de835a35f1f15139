using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>The reasons (aspects) behind a reaction, zero or more per post. Implementations are thread-safe.</summary>
public interface IAspectClassifier
{
    string ModelVersion { get; }

    /// <summary>Classifies many posts at once (fast path); each result lists aspects in declaration order.</summary>
    IReadOnlyList<IReadOnlyList<Aspect>> Classify(IReadOnlyList<ClassificationInput> inputs);

    IReadOnlyList<Aspect> Classify(ClassificationInput input);
}
