using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Per-class decision offsets (added to the final log-scores; neutral fixed at 0) found by grid search on
/// training-side rows only: the mean of macro-recall on the general slice and macro-F1 on the out-of-fold domain
/// rows — the two validation metrics the targets use — so validation files are never looked at.
/// </summary>
internal static class StackOffsetTuner
{
    private const float Step = 0.05f, Range = 1.0f;

    public static float[] Tune(IReadOnlyList<float[]> generalScores, IReadOnlyList<string> generalTruth,
        IReadOnlyList<float[]> domainScores, IReadOnlyList<string> domainTruth)
    {
        float[] best = [0, 0, 0];
        double bestScore = Objective(best, generalScores, generalTruth, domainScores, domainTruth);
        for (float negative = -Range; negative <= Range + 1e-4f; negative += Step)
        {
            for (float positive = -Range; positive <= Range + 1e-4f; positive += Step)
            {
                float[] offsets = [negative, 0, positive];
                double score = Objective(offsets, generalScores, generalTruth, domainScores, domainTruth);
                if (score > bestScore + 1e-9)
                {
                    bestScore = score;
                    best = offsets;
                }
            }
        }
        return best;
    }

    public static double Objective(float[] offsets, IReadOnlyList<float[]> generalScores, IReadOnlyList<string> generalTruth,
        IReadOnlyList<float[]> domainScores, IReadOnlyList<string> domainTruth)
    {
        double general = generalTruth.Count == 0 ? 0 : Report(offsets, generalScores, generalTruth).MacroRecall;
        double domain = domainTruth.Count == 0 ? 0 : Report(offsets, domainScores, domainTruth).MacroF1;
        return generalTruth.Count == 0 || domainTruth.Count == 0 ? general + domain : (general + domain) / 2;
    }

    public static ClassificationReport Report(float[] offsets, IReadOnlyList<float[]> scores, IReadOnlyList<string> truth)
    {
        string[] predicted = new string[scores.Count];
        for (int i = 0; i < predicted.Length; i++)
        {
            float[] z = scores[i];
            int arg = 0;
            for (int c = 1; c < 3; c++)
            {
                if (z[c] + offsets[c] > z[arg] + offsets[arg])
                    arg = c;
            }
            predicted[i] = LabeledTextReader.SentimentLabels[arg];
        }
        return MetricsCalculator.Classification(LabeledTextReader.SentimentLabels, truth, predicted);
    }
}
