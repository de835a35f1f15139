using SentimentMonitor.ML.Hashing;

namespace SentimentMonitor.ML.Tests.Hashing;

/// <summary>The gated blend's domain weight α is chosen on training-side rows and reproduces the fixed combinations at 0.5 and 1.</summary>
public class BlendWeightTunerTests
{
    [Fact]
    public void Blend_HalfAndOne_EqualGatedAverageAndGatedMixture()
    {
        const float g = 0.2f, d = 0.7f, study = 0.8f;

        Assert.Equal(study * (g + d) / 2 + (1 - study) * g, BlendWeightTuner.Blend(g, d, study, 0.5f), 6);
        Assert.Equal(study * d + (1 - study) * g, BlendWeightTuner.Blend(g, d, study, 1f), 6);
        Assert.Equal(g, BlendWeightTuner.Blend(g, d, 0f, 0.9f), 6);
    }

    [Fact]
    public void Tune_DomainHeadRightOnlyWhenConfident_PicksAlphaBetweenTheExtremes()
    {
        // Study rows: the domain head is right and the general head wrong on "negative" posts; on "neutral" posts the
        // general head is confidently right and the domain head only mildly wrong. Only a mid-range α gets both.
        List<float[]> domainRows = [];
        List<string> truth = [];
        for (int i = 0; i < 10; i++)
        {
            domainRows.Add(Row(general: [0.30f, 0.40f, 0.30f], domain: [0.80f, 0.10f, 0.10f], study: 1f));
            truth.Add("negative");
            domainRows.Add(Row(general: [0.02f, 0.96f, 0.02f], domain: [0.60f, 0.30f, 0.10f], study: 1f));
            truth.Add("neutral");
            domainRows.Add(Row(general: [0.10f, 0.10f, 0.80f], domain: [0.10f, 0.10f, 0.80f], study: 1f));
            truth.Add("positive");
        }

        (float alpha, double objective) = BlendWeightTuner.Tune([], [], domainRows, truth);

        Assert.InRange(alpha, 0.125f, 0.76f); // negatives need α > 0.125, neutrals α < 0.758
        Assert.Equal(1.0, objective, 6);
        Assert.True(StackOffsetTuner.Report([0, 0, 0], domainRows.Select(x => BlendWeightTuner.Scores(x, 1f)).ToList(), truth).MacroF1 < 0.9);
        Assert.True(StackOffsetTuner.Report([0, 0, 0], domainRows.Select(x => BlendWeightTuner.Scores(x, 0f)).ToList(), truth).MacroF1 < 0.9);
    }

    private static float[] Row(float[] general, float[] domain, float study)
    {
        float[] features = new float[StackFeatures.Count];
        StackFeatures.Compute(general, domain, study, features);
        return features;
    }
}
