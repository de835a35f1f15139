namespace SentimentMonitor.ML.Heads;

/// <summary>
/// The weights of several linear heads laid out slot-major (all heads' weights of one Features slot side by side),
/// so fused scoring touches one cache line per non-zero slot instead of one per slot and head.
/// </summary>
internal sealed class HeadMatrix
{
    private readonly float[] _weights;

    public HeadMatrix(IReadOnlyList<LinearHead> heads)
    {
        Heads = heads;
        Dimension = heads.Count == 0 ? 0 : heads[0].Dimension;
        _weights = new float[Dimension * heads.Count];
        for (int h = 0; h < heads.Count; h++)
        {
            ReadOnlySpan<float> w = heads[h].Weights;
            for (int slot = 0; slot < Dimension; slot++)
                _weights[slot * heads.Count + h] = w[slot];
        }
    }

    public IReadOnlyList<LinearHead> Heads { get; }

    public int Dimension { get; }

    /// <summary>Adds <paramref name="value"/> × the weights of <paramref name="slot"/> to every head's dot product.</summary>
    public void Add(int slot, float value, Span<double> dots)
    {
        ReadOnlySpan<float> row = _weights.AsSpan(slot * dots.Length, dots.Length);
        for (int h = 0; h < row.Length; h++)
            dots[h] += row[h] * value;
    }
}
