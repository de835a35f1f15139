using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>Machine labels for one post, written by <c>classify</c>. Human labels are never touched by this.</summary>
public sealed record PostLabels(string PostKey, SentimentPrediction Sentiment, bool? Evaluating, IReadOnlyList<Aspect>? Aspects);
