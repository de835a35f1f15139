using Microsoft.ML;
using SentimentMonitor.ML.Models;

namespace SentimentMonitor.ML.Hashing;

/// <summary>Loads a hashed sentiment model zip: the four ML.NET heads are read and their linear weights copied into the C# scorer.</summary>
internal static class HashedSentimentLoader
{
    public static HashedSentimentModel Load(string path, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        HashedSentimentManifest settings = manifest.Hashed
            ?? throw new InvalidDataException($"{path}: not a hashed sentiment model");
        (_, Dictionary<string, ITransformer> transformers) = ModelBundle.Load(path, new MLContext(seed: 1));
        Dictionary<string, float[]> scales = HashedFeatureScales.Read(path);
        List<(Microsoft.ML.Data.VBuffer<float>[], float[])> heads = [];
        foreach (string name in HashedStack.HeadNames)
        {
            if (!transformers.TryGetValue(name, out ITransformer? head))
                throw new InvalidDataException($"{path}: head '{name}' is missing");
            (Microsoft.ML.Data.VBuffer<float>[] weights, float[] biases) = HashedHeadFitter.Weights(head);
            // NB-weighted heads were fit on scaled features; fold the scales in so they score raw features.
            heads.Add((scales.TryGetValue(name, out float[]? s) ? NbFeatureScaling.Fold(weights, s) : weights, biases));
        }
        return HashedStack.Build(settings, manifest.Heads[0].Options.Preprocessing, heads);
    }
}
