using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>Like <see cref="ReactionCount"/>, per aspect in effect: a post with two aspects counts once in each.</summary>
public sealed record AspectCount(DateOnly Day, Aspect Aspect, Platform Platform, AuthorRole Role, Specialty Specialty, Sentiment? Sentiment, int Count);
