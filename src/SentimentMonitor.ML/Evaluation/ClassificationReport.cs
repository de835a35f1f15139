namespace SentimentMonitor.ML.Evaluation;

/// <summary>
/// Single-label metrics: accuracy, macro-averaged recall and F1 over all labels of the task, per-class scores
/// and the confusion matrix (<c>Confusion[true][predicted]</c>).
/// </summary>
public sealed record ClassificationReport(
    int Count,
    double Accuracy,
    double MacroRecall,
    double MacroF1,
    IReadOnlyDictionary<string, ClassScores> PerClass,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion);
