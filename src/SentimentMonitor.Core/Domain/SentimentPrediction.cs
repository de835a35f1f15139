namespace SentimentMonitor.Core.Domain;

/// <summary>What the sentiment model said about one post, with its class probabilities.</summary>
public sealed record SentimentPrediction(Sentiment Label, float Negative, float Neutral, float Positive, string ModelVersion)
{
    /// <summary>Probability of the predicted label.</summary>
    public float Confidence => Label switch
    {
        Sentiment.Negative => Negative,
        Sentiment.Neutral => Neutral,
        _ => Positive,
    };
}
