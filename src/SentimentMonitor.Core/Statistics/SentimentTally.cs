namespace SentimentMonitor.Core.Statistics;

/// <summary>Post counts by sentiment in effect (unclassified = no label yet), and its net sentiment.</summary>
public sealed record SentimentTally(int Positive, int Neutral, int Negative, int Unclassified)
{
    public static SentimentTally Empty { get; } = new(0, 0, 0, 0);

    public int Total => Positive + Neutral + Negative + Unclassified;

    public NetSentiment Net => new(Positive, Negative);

    public SentimentTally Add(Domain.Sentiment? sentiment, int count) => sentiment switch
    {
        Domain.Sentiment.Positive => this with { Positive = Positive + count },
        Domain.Sentiment.Neutral => this with { Neutral = Neutral + count },
        Domain.Sentiment.Negative => this with { Negative = Negative + count },
        _ => this with { Unclassified = Unclassified + count },
    };
}
