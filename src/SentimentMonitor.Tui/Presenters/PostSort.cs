namespace SentimentMonitor.Tui.Presenters;

/// <summary>Orders of the posts table (the <c>o</c> key cycles through them; <c>O</c> reverses).</summary>
public enum PostSort
{
    Newest,
    Engagement,
    Sentiment,
    Confidence,
    Author,
    Platform,
}
