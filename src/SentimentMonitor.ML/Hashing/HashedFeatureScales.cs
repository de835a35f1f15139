using System.IO.Compression;
using System.Runtime.InteropServices;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Stores the NB feature scales of NB-weighted heads inside the model zip (<c>hashed/NAME.scales</c>, little-endian
/// float32 per feature). The ML.NET head in the zip holds the weights learnt on scaled features; the loader folds the
/// scales back in, so the C# scorer reads unscaled features exactly as at training time.
/// </summary>
internal static class HashedFeatureScales
{
    private const string Prefix = "hashed/", Suffix = ".scales";

    public static void Append(string zipPath, IReadOnlyDictionary<string, float[]> scales)
    {
        if (scales.Count == 0)
            return;
        using ZipArchive zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        foreach ((string head, float[] values) in scales)
        {
            using Stream entry = zip.CreateEntry(Prefix + head + Suffix, CompressionLevel.Optimal).Open();
            entry.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        }
    }

    public static Dictionary<string, float[]> Read(string zipPath)
    {
        Dictionary<string, float[]> result = [];
        using ZipArchive zip = ZipFile.OpenRead(zipPath);
        foreach (ZipArchiveEntry entry in zip.Entries.Where(e => e.FullName.StartsWith(Prefix, StringComparison.Ordinal) && e.FullName.EndsWith(Suffix, StringComparison.Ordinal)))
        {
            if (entry.Length % sizeof(float) != 0)
                throw new InvalidDataException($"{zipPath}: {entry.FullName} is not a float array");
            float[] values = new float[entry.Length / sizeof(float)];
            using Stream stream = entry.Open();
            stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            result[entry.FullName[Prefix.Length..^Suffix.Length]] = values;
        }
        return result;
    }
}
