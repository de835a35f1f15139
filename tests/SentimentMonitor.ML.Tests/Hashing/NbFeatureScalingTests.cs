using Microsoft.ML.Data;
using SentimentMonitor.ML.Hashing;

namespace SentimentMonitor.ML.Tests.Hashing;

/// <summary>NB (log-count-ratio) scales favour class-specific buckets, leave lexicon features alone and fold into the weights exactly.</summary>
public class NbFeatureScalingTests
{
    private static readonly string[] Labels = ["negative", "neutral", "positive"];

    [Fact]
    public void Scales_BucketOfOneClassVersusSharedBucket_ClassBucketScaledUpAndLexiconKeptAtOne()
    {
        // Bucket 0 appears in every class equally; bucket 1 only in positive rows; bucket 4 is a lexicon feature.
        List<SparseRow> rows = [];
        foreach (string label in Labels)
        {
            for (int i = 0; i < 5; i++)
                rows.Add(Row(label, label == "positive" ? [(0, 0.5f), (1, 0.5f), (4, 0.3f)] : [(0, 0.5f), (2, 0.5f), (4, 0.3f)]));
        }

        float[] scales = NbFeatureScaling.Scales(rows, buckets: 4, dimension: 5, Labels);

        Assert.True(scales[1] > 2 * scales[0], $"class bucket {scales[1]} vs shared {scales[0]}");
        Assert.Equal(1f, scales[3]); // never seen
        Assert.Equal(1f, scales[4]); // lexicon
    }

    [Fact]
    public void Fold_ScaledWeightsOnRawFeatures_ScoreLikeOriginalWeightsOnScaledFeatures()
    {
        float[] scales = [2f, 0.5f, 1f, 3f];
        VBuffer<float>[] weights = Labels.Select((_, c) => new VBuffer<float>(4, [1f + c, -1f, 0.5f * c, 2f])).ToArray();
        FittedHead head = new(null!, null!, Labels, weights, [0f, 0f, 0f]);
        SparseRow raw = Row("neutral", [(0, 0.4f), (1, 0.6f), (3, 0.2f)]);
        SparseRow scaled = NbFeatureScaling.Scale([raw], scales)[0];

        FittedHead folded = NbFeatureScaling.Fold(head, scales);

        for (int c = 0; c < 3; c++)
            Assert.Equal(Dot(weights[c], scaled.Features), Dot(folded.Weights[c], raw.Features), 5);
        Assert.Same(scales, folded.FeatureScales);
    }

    private static SparseRow Row(string label, (int Index, float Value)[] features) => new()
    {
        Label = label,
        Features = new VBuffer<float>(5, features.Length, features.Select(f => f.Value).ToArray(), features.Select(f => f.Index).ToArray()),
    };

    private static float Dot(VBuffer<float> w, VBuffer<float> x)
    {
        float[] dense = w.DenseValues().ToArray();
        float sum = 0;
        ReadOnlySpan<int> indices = x.GetIndices();
        ReadOnlySpan<float> values = x.GetValues();
        for (int k = 0; k < indices.Length; k++)
            sum += dense[indices[k]] * values[k];
        return sum;
    }
}
