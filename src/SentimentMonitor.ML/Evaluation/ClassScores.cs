namespace SentimentMonitor.ML.Evaluation;

/// <summary>Precision, recall and F1 of one class or aspect, with its true count (support).</summary>
public sealed record ClassScores(double Precision, double Recall, double F1, int Support)
{
    /// <summary>From counts; a ratio with a zero denominator is 0 (sklearn's zero_division=0).</summary>
    public static ClassScores From(int truePositives, int falsePositives, int falseNegatives)
    {
        double p = Ratio(truePositives, truePositives + falsePositives);
        double r = Ratio(truePositives, truePositives + falseNegatives);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ClassScores(p, r, f1, truePositives + falseNegatives);
    }

    internal static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
