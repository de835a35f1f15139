using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// A calibrated linear binary head read out of its ML.NET model: p = 1 / (1 + exp(slope · (w·x + b) + offset)).
/// Scoring it in C# on the shared Features vector costs one sparse dot product per post, with no IDataView per head.
/// </summary>
internal sealed class LinearHead
{
    private readonly float[] _weights;
    private readonly float _bias;
    private readonly double _slope, _offset;

    private LinearHead(string name, float[] weights, float bias, double slope, double offset)
    {
        Name = name;
        _weights = weights;
        _bias = bias;
        _slope = slope;
        _offset = offset;
    }

    public string Name { get; }

    /// <summary>Reads weights, bias and Platt calibration from a fitted or loaded binary prediction transformer.</summary>
    public static LinearHead From(string name, ITransformer model)
    {
        object? parameters = Property(model, "Model");
        // Fitted models expose the calibrated pair through generics, loaded ones through other generic arguments:
        // read the two public properties by name so both work.
        object? sub = Property(parameters, "SubModel");
        object? calibrator = Property(parameters, "Calibrator");
        if (sub is not LinearBinaryModelParameters linear || calibrator is not PlattCalibrator platt)
            throw new InvalidDataException($"head '{name}' is not a calibrated linear binary model ({parameters?.GetType().Name ?? "none"})");
        return new LinearHead(name, linear.Weights.ToArray(), linear.Bias, platt.Slope, platt.Offset);
    }

    public int Dimension => _weights.Length;

    // Derived generic types redeclare these properties ("new"), so GetProperty(name) would be ambiguous.
    private static object? Property(object? owner, string name) =>
        owner?.GetType().GetProperties().FirstOrDefault(p => p.Name == name && p.GetIndexParameters().Length == 0)?.GetValue(owner);

    /// <summary>The weight of each Features slot (read-only view, for fused scoring).</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Probability of the positive class from a full raw score w·x + b (as <see cref="Hashing.LinearHeadSet"/> computes it).</summary>
    public float ProbabilityOfScore(float score) => (float)(1.0 / (1.0 + Math.Exp(_slope * score + _offset)));

    /// <summary>This head as a one-column entry of a <see cref="Hashing.LinearHeadSet"/> (weights and bias; calibration stays here).</summary>
    public (VBuffer<float>[] Weights, float[] Biases) AsHeadSetEntry() => ([new VBuffer<float>(_weights.Length, _weights)], [_bias]);

    /// <summary>Probability of the positive class from a raw score w·x (without the bias).</summary>
    public float Probability(double dot) => (float)(1.0 / (1.0 + Math.Exp(_slope * (dot + _bias) + _offset)));

    /// <summary>Probability of the positive class for one Features vector (dense or sparse).</summary>
    public float Probability(in VBuffer<float> features)
    {
        ReadOnlySpan<float> values = features.GetValues();
        double score = _bias;
        if (features.IsDense)
        {
            int n = Math.Min(values.Length, _weights.Length);
            for (int i = 0; i < n; i++)
                score += values[i] * _weights[i];
        }
        else
        {
            ReadOnlySpan<int> indices = features.GetIndices();
            for (int i = 0; i < values.Length; i++)
            {
                if (indices[i] < _weights.Length)
                    score += values[i] * _weights[indices[i]];
            }
        }
        return (float)(1.0 / (1.0 + Math.Exp(_slope * score + _offset)));
    }
}
