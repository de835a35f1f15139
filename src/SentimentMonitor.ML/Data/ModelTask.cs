namespace SentimentMonitor.ML.Data;

/// <summary>What a model predicts: sentiment (3 classes), evaluating vs sharing (true/false), or aspects (multi-label).</summary>
public enum ModelTask
{
    Sentiment,
    Evaluating,
    Aspects,
}
