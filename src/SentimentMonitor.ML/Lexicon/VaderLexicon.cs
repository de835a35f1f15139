using System.Globalization;
using System.Reflection;

namespace SentimentMonitor.ML.Lexicon;

/// <summary>
/// VADER's word and emoticon valences (−4..+4) plus emoji valences derived from their descriptions, read once
/// from resources compiled into this assembly (see Resources/README.md; MIT, C.J. Hutto).
/// </summary>
internal sealed class VaderLexicon
{
    private static readonly Lazy<VaderLexicon> Instance = new(Load);

    private readonly Dictionary<string, float> _valences;

    // Looked up by span for every token of every post; created once rather than per call.
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _spans;

    private VaderLexicon(Dictionary<string, float> valences)
    {
        _valences = valences;
        _spans = valences.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static VaderLexicon Shared => Instance.Value;

    public int Count => _valences.Count;

    public bool TryGet(string token, out float valence) => _valences.TryGetValue(token, out valence);

    public bool TryGet(ReadOnlySpan<char> token, out float valence) => _spans.TryGetValue(token, out valence);

    private static VaderLexicon Load()
    {
        Dictionary<string, float> valences = new(8000, StringComparer.Ordinal);
        Read("vader-valence.tsv", valences);
        Read("vader-emoji-valence.tsv", valences);
        return new VaderLexicon(valences);
    }

    private static void Read(string resource, Dictionary<string, float> into)
    {
        Assembly assembly = typeof(VaderLexicon).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from {assembly.GetName().Name}");
        using StreamReader reader = new(stream);
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0)
                continue;
            into[line[..tab]] = float.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }
    }
}
