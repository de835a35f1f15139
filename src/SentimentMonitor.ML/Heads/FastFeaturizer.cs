using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Text;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// The fitted ML.NET featurizer replayed in C#: its n-gram dictionary is read from the Features column's slot
/// names, and a post's vector is TF counts of known word n-grams, L2-normalised, then the lexicon and vocabulary
/// features — what the featurizer computes, without an IDataView per batch. Only for configurations it can
/// reproduce exactly (prepared text, word n-grams, TF, no char n-grams); tests compare it with ML.NET's output.
/// </summary>
internal sealed class FastFeaturizer
{
    private const string Prefix = "TextFeatures.";
    private readonly Dictionary<string, int> _slots;
    private readonly int _ngrams, _textDimension, _dimension;
    private readonly bool _lexicon, _rules;

    private FastFeaturizer(Dictionary<string, int> slots, int ngrams, int textDimension, int dimension, bool lexicon, bool rules)
    {
        (_slots, _ngrams, _textDimension, _dimension, _lexicon, _rules) = (slots, ngrams, textDimension, dimension, lexicon, rules);
    }

    /// <summary>The C# replay of <paramref name="featurizer"/>, or null when its options are not ones it reproduces.</summary>
    public static FastFeaturizer? TryCreate(MLContext ml, ITransformer featurizer, TextPipelineOptions options)
    {
        if (options.CharNgrams != 0 || options.TfIdf || !options.Preprocessing.Normalize)
            return null;
        DataViewSchema input = ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
        DataViewSchema.Column column = featurizer.GetOutputSchema(input)[SharedFeaturizer.Column];
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        string[] slotNames = names.DenseValues().Select(n => n.ToString()).ToArray();
        Dictionary<string, int> slots = new(StringComparer.Ordinal);
        int text = 0;
        while (text < slotNames.Length && slotNames[text].StartsWith(Prefix, StringComparison.Ordinal))
        {
            // ML.NET names n-grams "a|b"; tokens never contain spaces, so "a b" is an unambiguous key for span lookups.
            if (!slots.TryAdd(slotNames[text][Prefix.Length..].Replace('|', ' '), text))
                return null; // an ambiguous name (a token containing '|'): keep ML.NET
            text++;
        }
        bool lexicon = options.Preprocessing.Lexicon, rules = options.Preprocessing.AspectRules;
        int expected = text + (lexicon ? Lexicon.LexiconFeatures.Count : 0) + (rules ? Aspects.ClinicalAspectVocabulary.FeatureCount : 0);
        return expected == slotNames.Length ? new FastFeaturizer(slots, options.WordNgrams, text, expected, lexicon, rules) : null;
    }

    public int Dimension => _dimension;

    /// <summary>False for a post whose tokens contain '|' (n-gram names would be ambiguous): use ML.NET for it.</summary>
    public static bool CanReplay(in PreparedPost post) => !post.Text.Contains('|');

    public VBuffer<float> Featurize(in PreparedPost post)
    {
        string text = post.Text;
        // Token boundaries (ML.NET's word tokenizer splits on spaces and drops empty tokens).
        List<(int Start, int Length)> tokens = new(text.Length / 4 + 1);
        for (int i = 0; i < text.Length;)
        {
            int end = text.IndexOf(' ', i);
            if (end < 0)
                end = text.Length;
            if (end > i)
                tokens.Add((i, end - i));
            i = end + 1;
        }
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
        List<int> found = new(tokens.Count * _ngrams);
        Span<char> gram = stackalloc char[256];
        for (int i = 0; i < tokens.Count; i++)
        {
            int length = 0;
            for (int n = 1; n <= _ngrams && i + n <= tokens.Count; n++)
            {
                (int start, int size) = tokens[i + n - 1];
                if (length + size + 1 > gram.Length)
                    break; // longer than any n-gram worth a lookup
                if (n > 1)
                    gram[length++] = ' ';
                text.AsSpan(start, size).CopyTo(gram[length..]);
                length += size;
                if (lookup.TryGetValue(gram[..length], out int slot))
                    found.Add(slot);
            }
        }
        found.Sort();
        // Count runs of equal slots: TF counts, then L2 norm over the known n-grams.
        List<(int Slot, float Count)> counts = new(found.Count);
        foreach (int slot in found)
        {
            if (counts.Count > 0 && counts[^1].Slot == slot)
                counts[^1] = (slot, counts[^1].Count + 1);
            else
                counts.Add((slot, 1));
        }
        double norm = 0;
        foreach ((_, float c) in counts)
            norm += c * c;
        float scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        int dense = (_lexicon ? post.Lexicon.Length : 0) + (_rules ? post.Rules.Length : 0);
        int[] indices = new int[counts.Count + dense];
        float[] values = new float[counts.Count + dense];
        int k = 0;
        foreach ((int slot, float count) in counts)
        {
            indices[k] = slot;
            values[k++] = count * scale;
        }
        int offset = _textDimension;
        if (_lexicon)
            Append(post.Lexicon, ref offset, indices, values, ref k);
        if (_rules)
            Append(post.Rules, ref offset, indices, values, ref k);
        return new VBuffer<float>(_dimension, k, values, indices);
    }

    private static void Append(float[] features, ref int offset, int[] indices, float[] values, ref int k)
    {
        foreach (float f in features)
        {
            indices[k] = offset++;
            values[k++] = f;
        }
    }
}
