namespace SentimentMonitor.Core.Statistics;

/// <summary>One bucket of a trend: its first day, the posts by sentiment, and the net sentiment with its interval.</summary>
public sealed record TrendPoint(DateOnly Start, SentimentTally Tally)
{
    public NetSentiment Net => Tally.Net;
}
