using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Hashing;

/// <summary>A fitted hashed sentiment stack: its four heads (general, domain, gate, stacker) and tuned settings.</summary>
internal sealed record HashedStack(
    HashedStackOptions Options,
    HashedSentimentManifest Settings,
    PreprocessingOptions Preprocessing,
    FittedHead General,
    FittedHead Domain,
    FittedHead Gate,
    FittedHead Stacker,
    float DomainL2,
    double DomainOutOfFoldF1)
{
    /// <summary>Head names inside the model zip, in the order the scorer expects.</summary>
    public static readonly IReadOnlyList<string> HeadNames = ["general", "domain", "gate", "stack"];

    public IReadOnlyList<FittedHead> Heads => [General, Domain, Gate, Stacker];

    /// <summary>The predictor for one combination; offsets only when asked (the tuned ones belong to the stacker).</summary>
    public HashedSentimentModel Model(SentimentCombination combination, bool offsets)
    {
        HashedSentimentManifest settings = Settings with { Combination = combination, Offsets = offsets ? Settings.Offsets : [0f, 0f, 0f] };
        return Build(settings, Preprocessing, Heads.Select(h => (h.Weights, h.Biases)).ToList());
    }

    /// <summary>Builds the scorer from the four heads' weights (general, domain, gate, stacker).</summary>
    public static HashedSentimentModel Build(HashedSentimentManifest settings, PreprocessingOptions preprocessing,
        IReadOnlyList<(Microsoft.ML.Data.VBuffer<float>[] Weights, float[] Biases)> heads)
    {
        int dimension = heads[0].Weights[0].Length;
        LinearHeadSet set = new(dimension, [heads[0], heads[1], heads[2]]);
        LinearHeadSet stacker = new(StackFeatures.Count, [heads[3]]);
        return new HashedSentimentModel(settings, preprocessing, set, stacker);
    }
}
