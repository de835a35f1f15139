namespace SentimentMonitor.ML.Heads;

/// <summary>
/// Chooses a head's decision threshold (and, for aspects, whether its vocabulary rule is OR-ed in) on out-of-fold
/// probabilities of the training data, never on the holdout.
/// </summary>
internal static class ThresholdTuner
{
    /// <summary>0.05, 0.075, …, 0.95.</summary>
    private static readonly float[] Candidates = Enumerable.Range(0, 37).Select(i => (float)Math.Round(0.05 + 0.025 * i, 3)).ToArray();

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

    /// <summary>
    /// Coordinate ascent on micro-F1 (the aspects target) from per-head choices: each head in turn takes the
    /// threshold (and OR-rule choice, when allowed) that maximises micro-F1 over all heads, the others fixed.
    /// </summary>
    public static (float Threshold, bool OrRule)[] RefineForMicroF1(float[][] probabilities, IReadOnlyList<bool[]> truth, bool[][] rules,
        (float Threshold, bool OrRule)[] start, bool allowOr)
    {
        (float Threshold, bool OrRule)[] decisions = [.. start];
        (int Tp, int Fp, int Fn)[] counts = decisions.Select((d, h) => Count(probabilities[h], truth[h], rules[h], d.Threshold, d.OrRule)).ToArray();
        bool[] ors = allowOr ? [false, true] : [false];
        for (int pass = 0; pass < 2; pass++)
        {
            for (int h = 0; h < decisions.Length; h++)
            {
                (int tp, int fp, int fn) others = (counts.Sum(c => c.Tp) - counts[h].Tp, counts.Sum(c => c.Fp) - counts[h].Fp, counts.Sum(c => c.Fn) - counts[h].Fn);
                double best = F1((others.tp + counts[h].Tp, others.fp + counts[h].Fp, others.fn + counts[h].Fn));
                foreach (bool or in ors)
                {
                    foreach (float t in Candidates)
                    {
                        (int Tp, int Fp, int Fn) c = Count(probabilities[h], truth[h], rules[h], t, or);
                        double f1 = F1((others.tp + c.Tp, others.fp + c.Fp, others.fn + c.Fn));
                        if (f1 > best + 1e-12)
                            (best, decisions[h], counts[h]) = (f1, (t, or), c);
                    }
                }
            }
        }
        return decisions;
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
