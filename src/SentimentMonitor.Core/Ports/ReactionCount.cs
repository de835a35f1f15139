using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>
/// Number of posts citing one publication on one UTC day, by platform, author role, specialty and the
/// sentiment in effect (null = not classified yet). Evaluating counts the subset whose author judges the study.
/// </summary>
public sealed record ReactionCount(DateOnly Day, Platform Platform, AuthorRole Role, Specialty Specialty, Sentiment? Sentiment, int Count, int Evaluating);
