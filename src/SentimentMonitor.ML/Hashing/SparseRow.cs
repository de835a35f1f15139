using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Hashing;

/// <summary>One training row of a hashed head as ML.NET reads it: label, example weight and the sparse features.</summary>
internal sealed class SparseRow
{
    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1f;

    /// <summary>Sparse, indices ascending; its size is set at run time through the schema definition.</summary>
    public VBuffer<float> Features { get; set; }
}
