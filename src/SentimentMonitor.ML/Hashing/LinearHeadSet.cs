using System.Numerics;
using System.Runtime.InteropServices;
using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Several linear softmax heads over the same sparse features, scored in one pass. The weights of all heads are
/// interleaved per feature (feature-major, one SIMD-width row per feature), so each feature of a post costs one
/// memory access and one vector multiply-add however many heads there are.
/// </summary>
internal sealed class LinearHeadSet
{
    private readonly float[] _table;
    private readonly int _start; // first element of the table: rows start on 64-byte (cache-line) boundaries
    private readonly float[] _biases;
    private readonly int[] _offsets;
    private readonly int[] _classes;

    /// <param name="heads">Per head: one weight vector per class (length <paramref name="dimension"/>) and one bias per class.</param>
    public LinearHeadSet(int dimension, IReadOnlyList<(VBuffer<float>[] Weights, float[] Biases)> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        _classes = heads.Select(h => h.Biases.Length).ToArray();
        _offsets = new int[heads.Count];
        int total = 0;
        for (int h = 0; h < heads.Count; h++)
        {
            _offsets[h] = total;
            total += _classes[h];
        }
        Stride = (total + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        Dimension = dimension;
        long size = (long)dimension * Stride;
        if (size + 16 > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(dimension));
        // Pinned (never moves) and aligned, so a row of 16 floats is one cache line, not two: each feature of a post
        // costs one random memory access however many heads share the row.
        _table = GC.AllocateArray<float>((int)size + 16, pinned: true);
        int misalignment = (int)(Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0) & 63);
        _start = misalignment == 0 ? 0 : (64 - misalignment) / sizeof(float);
        _biases = new float[Stride];
        for (int h = 0; h < heads.Count; h++)
        {
            for (int c = 0; c < _classes[h]; c++)
            {
                int column = _offsets[h] + c;
                _biases[column] = heads[h].Biases[c];
                VBuffer<float> w = heads[h].Weights[c];
                if (w.Length != dimension)
                    throw new InvalidDataException($"head {h} has {w.Length} weights, expected {dimension}");
                foreach ((int index, float value) in Enumerate(w))
                    _table[_start + index * Stride + column] = value;
            }
        }
    }

    /// <summary>
    /// This set's heads followed by more heads over a feature space of <paramref name="dimension"/> (at least this
    /// set's): the existing columns keep their positions and weights (zero on the added features), so scoring with the
    /// wider set gives this set's scores plus the added heads' in one pass.
    /// </summary>
    public LinearHeadSet Widen(int dimension, IReadOnlyList<(VBuffer<float>[] Weights, float[] Biases)> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, Dimension);
        List<(VBuffer<float>[] Weights, float[] Biases)> heads = [];
        for (int h = 0; h < _classes.Length; h++)
        {
            VBuffer<float>[] weights = new VBuffer<float>[_classes[h]];
            float[] biases = new float[_classes[h]];
            for (int c = 0; c < _classes[h]; c++)
            {
                int column = _offsets[h] + c;
                float[] w = new float[dimension];
                for (int i = 0; i < Dimension; i++)
                    w[i] = _table[_start + i * Stride + column];
                weights[c] = new VBuffer<float>(dimension, w);
                biases[c] = _biases[column];
            }
            heads.Add((weights, biases));
        }
        return new LinearHeadSet(dimension, [.. heads, .. more]);
    }

    /// <summary>Column of the first class of head <paramref name="head"/> in the scores.</summary>
    public int Offset(int head) => _offsets[head];

    public int Dimension { get; }

    /// <summary>Floats per feature row (all heads' classes, padded to the SIMD width).</summary>
    public int Stride { get; }

    public int HeadCount => _classes.Length;

    /// <summary>Raw scores (w·x + b) of every class of every head into <paramref name="scores"/> (length <see cref="Stride"/>).</summary>
    public void Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> scores)
    {
        _biases.CopyTo(scores);
        Span<Vector<float>> acc = MemoryMarshal.Cast<float, Vector<float>>(scores[..Stride]);
        ReadOnlySpan<Vector<float>> rows = MemoryMarshal.Cast<float, Vector<float>>(_table.AsSpan(_start, Dimension * Stride));
        int vectorsPerRow = Stride / Vector<float>.Count;
        for (int i = 0; i < indices.Length; i++)
        {
            int row = indices[i] * vectorsPerRow;
            Vector<float> x = new(values[i]);
            for (int v = 0; v < vectorsPerRow; v++)
                acc[v] += rows[row + v] * x;
        }
    }

    /// <summary>Turns head <paramref name="head"/>'s raw scores into probabilities (softmax), written to <paramref name="probabilities"/>.</summary>
    public void Softmax(ReadOnlySpan<float> scores, int head, Span<float> probabilities)
    {
        ReadOnlySpan<float> s = scores.Slice(_offsets[head], _classes[head]);
        float max = float.NegativeInfinity;
        foreach (float v in s)
            max = MathF.Max(max, v);
        float sum = 0;
        for (int c = 0; c < s.Length; c++)
        {
            probabilities[c] = MathF.Exp(s[c] - max);
            sum += probabilities[c];
        }
        for (int c = 0; c < s.Length; c++)
            probabilities[c] /= sum;
    }

    private static IEnumerable<(int Index, float Value)> Enumerate(VBuffer<float> buffer)
    {
        ReadOnlySpan<float> values = buffer.GetValues();
        ReadOnlySpan<int> indices = buffer.GetIndices();
        List<(int, float)> pairs = new(values.Length);
        for (int i = 0; i < values.Length; i++)
            pairs.Add((buffer.IsDense ? i : indices[i], values[i]));
        return pairs;
    }
}
