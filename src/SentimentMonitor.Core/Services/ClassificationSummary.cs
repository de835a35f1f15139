namespace SentimentMonitor.Core.Services;

/// <summary>What one <c>classify</c> run did, and with which model versions.</summary>
public sealed record ClassificationSummary(long Classified, string SentimentModel, string? EvaluatingModel, string? AspectModel, TimeSpan Elapsed);
