namespace SentimentMonitor.ML.Heads;

/// <summary>
/// Chooses a head's decision threshold (and, for aspects, whether its vocabulary rule is OR-ed in) on out-of-fold
/// probabilities of the training data, never on the holdout.
/// </summary>
internal static class ThresholdTuner
{
    /// <summary>0.05, 0.075, …, 0.95.</summary>
    private static readonly float[] Candidates = Enumerable.Range(0, 37).Select(i => 0.05f + 0.025f * i).ToArray();

    /// <summary>Threshold and OR-rule choice with the best F1 (ties: the threshold nearest 0.5, then no rule).</summary>
    public static (float Threshold, bool OrRule) BestF1(float[] probabilities, bool[] truth, bool[] rule, bool tune, bool allowOr)
    {
        float[] thresholds = tune ? Candidates : [0.5f];
        bool[] ors = allowOr ? [false, true] : [false];
        (float, bool) best = (0.5f, false);
        double bestF1 = -1, bestDistance = double.MaxValue;
        foreach (bool or in ors)
        {
            foreach (float t in thresholds)
            {
                double f1 = F1(Count(probabilities, truth, rule, t, or));
                double distance = Math.Abs(t - 0.5);
                if (f1 > bestF1 + 1e-12 || (Math.Abs(f1 - bestF1) <= 1e-12 && distance < bestDistance))
                {
                    (best, bestF1, bestDistance) = ((t, or), f1, distance);
                }
            }
        }
        return best;
    }

    /// <summary>The threshold with the best accuracy (ties: nearest 0.5).</summary>
    public static float BestAccuracy(float[] probabilities, bool[] truth) =>
        Candidates.OrderByDescending(t => Accuracy(probabilities, truth, t)).ThenBy(t => Math.Abs(t - 0.5)).First();

    public static double Accuracy(float[] probabilities, bool[] truth, float threshold) =>
        probabilities.Where((p, i) => p >= threshold == truth[i]).Count() / (double)Math.Max(1, truth.Length);

    public static (int Tp, int Fp, int Fn) Count(float[] probabilities, bool[] truth, bool[] rule, float threshold, bool orRule)
    {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < truth.Length; i++)
        {
            bool on = probabilities[i] >= threshold || (orRule && rule[i]);
            if (on && truth[i]) tp++;
            else if (on) fp++;
            else if (truth[i]) fn++;
        }
        return (tp, fp, fn);
    }

    public static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / (2.0 * c.Tp + c.Fp + c.Fn);
}
