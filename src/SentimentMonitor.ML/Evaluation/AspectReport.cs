namespace SentimentMonitor.ML.Evaluation;

/// <summary>
/// Multi-label metrics: micro-F1 pools every (post, aspect) decision; macro-F1 averages per-aspect F1 over the
/// aspects that occur in the truth or the predictions (an aspect absent from both says nothing and is skipped).
/// </summary>
public sealed record AspectReport(int Count, double MicroF1, double MacroF1, IReadOnlyDictionary<string, ClassScores> PerAspect);
