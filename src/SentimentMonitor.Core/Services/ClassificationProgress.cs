namespace SentimentMonitor.Core.Services;

/// <summary>How far <c>classify</c> has got: posts labelled so far and the total expected.</summary>
public sealed record ClassificationProgress(long Done, long Total);
