using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>Sentiment of posts toward the study they cite. Implementations are thread-safe.</summary>
public interface ISentimentClassifier
{
    string ModelVersion { get; }

    /// <summary>Classifies many posts at once (fast path).</summary>
    IReadOnlyList<SentimentPrediction> Classify(IReadOnlyList<ClassificationInput> inputs);

    /// <summary>Classifies one post.</summary>
    SentimentPrediction Classify(ClassificationInput input);
}
