using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>One line of the posts table: display strings (sanitized) and the values sorting needs.</summary>
public sealed record PostRow(
    string Key,
    string Time,
    string Platform,
    string Author,
    string Role,
    string Sentiment,
    string Evaluating,
    string Aspects,
    string Text,
    DateTimeOffset CreatedAt,
    Sentiment? EffectiveSentiment,
    float Confidence,
    long Engagement);
