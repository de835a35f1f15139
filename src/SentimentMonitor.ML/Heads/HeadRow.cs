using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Heads;

/// <summary>One training row of a binary head: the shared features of a post, its label for this head, its weight.</summary>
internal sealed class HeadRow
{
    public VBuffer<float> Features { get; set; }
    public bool Label { get; set; }
    public float Weight { get; set; } = 1f;
}
