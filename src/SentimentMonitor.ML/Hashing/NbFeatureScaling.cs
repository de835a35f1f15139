using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Naive-Bayes (log-count-ratio) feature weighting, NBSVM-style, for a multiclass head: each hashed bucket j is
/// scaled by s_j = max over classes c of |log(p(j | c) / p(j | not c))| (smoothed, weighted counts of the head's
/// own training rows), normalised to mean 1 over the buckets seen. Lexicon features keep scale 1. The head is fit on
/// the scaled rows and the scales are then folded into its weights (w'_cj = w_cj · s_j), so prediction reads the
/// same unscaled features at no extra cost.
/// </summary>
internal static class NbFeatureScaling
{
    // Pseudo-count per bucket, in units of the L2-normalised TF values (one occurrence in a post is about 0.1).
    private const double Alpha = 0.1;

    public static float[] Scales(IReadOnlyList<SparseRow> rows, int buckets, int dimension, IReadOnlyList<string> labels)
    {
        double[][] sums = labels.Select(_ => new double[buckets]).ToArray();
        double[] total = new double[buckets];
        foreach (SparseRow row in rows)
        {
            int c = IndexOf(labels, row.Label);
            ReadOnlySpan<int> indices = row.Features.GetIndices();
            ReadOnlySpan<float> values = row.Features.GetValues();
            for (int k = 0; k < indices.Length; k++)
            {
                if (indices[k] >= buckets)
                    continue;
                double v = row.Weight * values[k];
                sums[c][indices[k]] += v;
                total[indices[k]] += v;
            }
        }
        // Smoothed per-class distributions p(j | c) and p(j | not c), each over all buckets.
        double grand = total.Sum();
        double[] classMass = sums.Select(s => s.Sum()).ToArray();
        float[] scales = new float[dimension];
        double seenSum = 0;
        int seen = 0;
        for (int j = 0; j < buckets; j++)
        {
            if (total[j] == 0)
                continue;
            double best = 0;
            for (int c = 0; c < labels.Count; c++)
            {
                double p = (sums[c][j] + Alpha) / (classMass[c] + Alpha * buckets);
                double q = (total[j] - sums[c][j] + Alpha) / (grand - classMass[c] + Alpha * buckets);
                best = Math.Max(best, Math.Abs(Math.Log(p / q)));
            }
            scales[j] = (float)best;
            seenSum += best;
            seen++;
        }
        float mean = seen == 0 ? 1f : (float)(seenSum / seen);
        for (int j = 0; j < buckets; j++)
            scales[j] = total[j] == 0 ? 1f : scales[j] / mean;
        for (int j = buckets; j < dimension; j++)
            scales[j] = 1f;
        return scales;
    }

    /// <summary>Copies of the rows with every feature multiplied by its scale.</summary>
    public static List<SparseRow> Scale(IReadOnlyList<SparseRow> rows, float[] scales) => rows.Select(r =>
    {
        int[] indices = r.Features.GetIndices().ToArray();
        float[] values = r.Features.GetValues().ToArray();
        for (int k = 0; k < indices.Length; k++)
            values[k] *= scales[indices[k]];
        return new SparseRow { Label = r.Label, Weight = r.Weight, Features = new VBuffer<float>(r.Features.Length, indices.Length, values, indices) };
    }).ToList();

    /// <summary>The head with the scales folded into its weights (so it scores unscaled features).</summary>
    public static FittedHead Fold(FittedHead head, float[] scales) => head with { Weights = Fold(head.Weights, scales), FeatureScales = scales };

    /// <summary>Per-class weights multiplied feature-wise by the scales (dense copies).</summary>
    public static VBuffer<float>[] Fold(VBuffer<float>[] weights, float[] scales) => weights.Select(w =>
    {
        if (w.Length != scales.Length)
            throw new InvalidDataException($"{scales.Length} feature scales for a head of {w.Length} features");
        float[] dense = w.DenseValues().ToArray();
        for (int j = 0; j < dense.Length; j++)
            dense[j] *= scales[j];
        return new VBuffer<float>(dense.Length, dense);
    }).ToArray();

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
                return i;
        }
        throw new InvalidDataException($"unknown label '{label}'");
    }
}
