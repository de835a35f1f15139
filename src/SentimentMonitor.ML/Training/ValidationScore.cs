namespace SentimentMonitor.ML.Training;

/// <summary>
/// Scores of one model on one validation file. For single-label tasks: accuracy, macro-recall, macro-F1; for
/// aspects: micro-F1 in <see cref="Accuracy"/>'s place is not used — see <see cref="MicroF1"/>.
/// </summary>
public sealed record ValidationScore(string File, int Rows, double Accuracy, double MacroRecall, double MacroF1, double MicroF1 = double.NaN)
{
    /// <summary>The number a model is selected by: mean of macro-recall and macro-F1 (micro-F1 for aspects).</summary>
    public double SelectionScore => double.IsNaN(MicroF1) ? (MacroRecall + MacroF1) / 2 : MicroF1;
}
