namespace SentimentMonitor.Core.Ports;

/// <summary>
/// Says whether a post's author expresses a judgement of the study (true) or only shares, summarises or asks
/// (false). Implementations are thread-safe.
/// </summary>
public interface IEvaluatingClassifier
{
    string ModelVersion { get; }

    /// <summary>Classifies many posts at once (fast path).</summary>
    IReadOnlyList<bool> Classify(IReadOnlyList<ClassificationInput> inputs);

    bool Classify(ClassificationInput input);
}
