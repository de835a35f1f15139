namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Chooses α of the <see cref="SentimentCombination.GatedBlend"/> combination,
/// P = P(study)·(α·domain + (1 − α)·general) + (1 − P(study))·general, on training-side rows only (the general slice
/// no head saw and the out-of-fold domain rows), with the same objective as the offsets: the mean of general
/// macro-recall and domain macro-F1. Validation files are never looked at.
/// </summary>
internal static class BlendWeightTuner
{
    public const float Step = 0.05f;

    /// <param name="generalStack">Stacker feature rows (see <see cref="StackFeatures"/>) of the general slice.</param>
    /// <param name="domainStack">Stacker feature rows of the out-of-fold domain rows.</param>
    public static (float Alpha, double Objective) Tune(IReadOnlyList<float[]> generalStack, IReadOnlyList<string> generalTruth,
        IReadOnlyList<float[]> domainStack, IReadOnlyList<string> domainTruth, Action<string>? report = null)
    {
        float[] zero = [0, 0, 0];
        (float Alpha, double Objective) best = (0.5f, double.NegativeInfinity);
        for (int k = 0; k <= (int)Math.Round(1 / Step); k++)
        {
            float alpha = k * Step;
            double objective = StackOffsetTuner.Objective(zero, generalStack.Select(x => Scores(x, alpha)).ToList(), generalTruth,
                domainStack.Select(x => Scores(x, alpha)).ToList(), domainTruth);
            report?.Invoke($"  blend α {alpha:0.00}: training-side objective {objective:0.0000}");
            if (objective > best.Objective + 1e-9)
                best = (alpha, objective);
        }
        return best;
    }

    /// <summary>The blend's log-probabilities from one stacker feature row (which holds both heads' log-probabilities and P(study)).</summary>
    public static float[] Scores(float[] stack, float alpha)
    {
        float study = stack[6];
        float[] z = new float[3];
        for (int c = 0; c < 3; c++)
        {
            float g = MathF.Exp(stack[c]), d = MathF.Exp(stack[3 + c]);
            z[c] = MathF.Log(Blend(g, d, study, alpha));
        }
        return z;
    }

    public static float Blend(float general, float domain, float study, float alpha) =>
        study * (alpha * domain + (1 - alpha) * general) + (1 - study) * general;
}
