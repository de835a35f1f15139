namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// The stacker's input for one post: log-probabilities of the general and domain heads, the gate's P(study),
/// and both log-probability triples multiplied by P(study) — so the stacker can trust the general head on
/// general text and the domain head on posts about studies.
/// </summary>
internal static class StackFeatures
{
    public const int Count = 13;

    private const float Floor = 1e-4f;

    public static void Compute(ReadOnlySpan<float> general, ReadOnlySpan<float> domain, float study, Span<float> features)
    {
        for (int c = 0; c < 3; c++)
        {
            float g = MathF.Log(MathF.Max(general[c], Floor));
            float d = MathF.Log(MathF.Max(domain[c], Floor));
            features[c] = g;
            features[3 + c] = d;
            features[7 + c] = study * g;
            features[10 + c] = study * d;
        }
        features[6] = study;
    }
}
