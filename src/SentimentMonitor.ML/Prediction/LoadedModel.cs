using Microsoft.ML;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Models;

namespace SentimentMonitor.ML.Prediction;

/// <summary>A model zip in memory: its manifest and one ready <see cref="TextHead"/> per head.</summary>
internal sealed class LoadedModel
{
    private LoadedModel(ModelManifest manifest, IReadOnlyDictionary<string, TextHead> heads)
    {
        Manifest = manifest;
        Heads = heads;
    }

    public ModelManifest Manifest { get; }
    public IReadOnlyDictionary<string, TextHead> Heads { get; }

    public static LoadedModel Load(string path, ModelTask expected)
    {
        MLContext ml = new(seed: 1);
        (ModelManifest manifest, Dictionary<string, ITransformer> transformers) = ModelBundle.Load(path, ml);
        if (manifest.Task != expected)
            throw new InvalidDataException($"{path} is a {Slug(manifest.Task)} model, not a {Slug(expected)} model");
        return FromTransformers(ml, manifest, transformers);
    }

    public static LoadedModel FromTransformers(MLContext ml, ModelManifest manifest, IReadOnlyDictionary<string, ITransformer> transformers)
    {
        Dictionary<string, TextHead> heads = manifest.Heads.ToDictionary(
            h => h.Name, h => new TextHead(ml, transformers[h.Name], h.Options.Preprocessing));
        return new LoadedModel(manifest, heads);
    }

    private static string Slug(ModelTask task) => task.ToString().ToLowerInvariant();
}
