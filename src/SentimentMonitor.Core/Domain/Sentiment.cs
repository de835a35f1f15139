namespace SentimentMonitor.Core.Domain;

/// <summary>Sentiment of a post toward the study it cites.</summary>
public enum Sentiment
{
    Negative,
    Neutral,
    Positive,
}
