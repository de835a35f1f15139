using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using SentimentMonitor.ML.Schema;

namespace SentimentMonitor.ML.Models;

/// <summary>
/// Reads and writes model zips: <c>manifest.json</c> plus <c>heads/NAME.zip</c>, each an ML.NET model.
/// Writes go to a temporary file that replaces the target only when complete.
/// </summary>
public static class ModelBundle
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <param name="schemas">Input schema per head when it is not the text <see cref="ModelInput"/> (hashed sentiment heads read a feature vector).</param>
    internal static void Save(string path, ModelManifest manifest, IReadOnlyDictionary<string, ITransformer> heads, MLContext ml,
        IReadOnlyDictionary<string, DataViewSchema>? schemas = null)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = full + ".tmp";
        DataViewSchema schema = ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
        using (FileStream file = File.Create(temp))
        using (ZipArchive zip = new(file, ZipArchiveMode.Create))
        {
            using (Stream entry = zip.CreateEntry("manifest.json", CompressionLevel.Optimal).Open())
                JsonSerializer.Serialize(entry, manifest, Json);
            DataViewSchema headSchema = manifest.HashedHeads is { } hashed ? Heads.HashedHeadsTrainer.HeadSchema(ml, hashed.Dimension) : schema;
            if (manifest.SharedFeatures is not null)
            {
                // Shared layout: the featurizer reads posts; every head reads the featurizer's output.
                ITransformer features = heads[SharedFeaturesManifest.Entry];
                using (Stream entry = zip.CreateEntry($"heads/{SharedFeaturesManifest.Entry}.zip", CompressionLevel.NoCompression).Open())
                    ml.Model.Save(features, schema, entry);
                headSchema = features.GetOutputSchema(schema);
            }
            foreach (HeadManifest head in manifest.Heads)
            {
                // ML.NET's own zip is already compressed; store it as is.
                using Stream entry = zip.CreateEntry($"heads/{head.Name}.zip", CompressionLevel.NoCompression).Open();
                ml.Model.Save(heads[head.Name], schemas?.GetValueOrDefault(head.Name) ?? headSchema, entry);
            }
        }
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>Reads only the manifest (cheap; for cards and checks).</summary>
    public static ModelManifest ReadManifest(string path)
    {
        using ZipArchive zip = OpenZip(path);
        return ReadManifest(zip, path);
    }

    internal static (ModelManifest Manifest, Dictionary<string, ITransformer> Heads) Load(string path, MLContext ml)
    {
        using ZipArchive zip = OpenZip(path);
        ModelManifest manifest = ReadManifest(zip, path);
        Dictionary<string, ITransformer> heads = [];
        IEnumerable<string> names = manifest.Heads.Select(h => h.Name);
        if (manifest.SharedFeatures is not null)
            names = names.Prepend(SharedFeaturesManifest.Entry);
        foreach (string name in names)
        {
            ZipArchiveEntry entry = zip.GetEntry($"heads/{name}.zip")
                ?? throw new InvalidDataException($"{path}: head '{name}' is listed in the manifest but missing");
            using MemoryStream buffer = new((int)entry.Length);
            using (Stream stream = entry.Open())
                stream.CopyTo(buffer);
            buffer.Position = 0;
            heads[name] = ml.Model.Load(buffer, out _);
        }
        return (manifest, heads);
    }

    private static ZipArchive OpenZip(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"model not found: {path}", path);
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path} is not a model zip: {ex.Message}", ex);
        }
    }

    private static ModelManifest ReadManifest(ZipArchive zip, string path)
    {
        ZipArchiveEntry entry = zip.GetEntry("manifest.json")
            ?? throw new InvalidDataException($"{path} is not a SentimentMonitor model (no manifest.json)");
        using Stream stream = entry.Open();
        ModelManifest manifest = JsonSerializer.Deserialize<ModelManifest>(stream, Json)
            ?? throw new InvalidDataException($"{path}: empty manifest");
        if (manifest.Format != ModelManifest.CurrentFormat)
            throw new InvalidDataException($"{path}: unsupported model format '{manifest.Format}' (expected {ModelManifest.CurrentFormat})");
        return manifest;
    }
}
