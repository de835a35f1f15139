using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Heads;

/// <summary>The shared featurizer's output for one post, as a single-post prediction engine returns it.</summary>
internal sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }
}
