using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Text;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// The fitted ML.NET featurizer replayed in C#: its n-gram dictionaries are read from the Features column's slot
/// names, and a post's vector is TF counts of known char n-grams and word n-grams (each part L2-normalised on its
/// own, as FeaturizeText does), then the lexicon and vocabulary features — without an IDataView per batch. Only
/// for configurations it reproduces exactly (prepared text, TF, one char n-gram length); tests compare it with
/// ML.NET's output.
/// </summary>
internal sealed class FastFeaturizer
{
    private const string Prefix = "TextFeatures.", CharPrefix = "TextFeatures.Char.", WordPrefix = "TextFeatures.Word.";
    private const char Start = '\x02', End = '\x03';
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<long, int> _chars; // up to 4 UTF-16 chars packed in a long
    [ThreadStatic] private static Scratch? _scratch;
    private readonly int _wordNgrams, _charNgrams, _denseOffset, _dimension;
    private readonly bool _lexicon, _rules;

    private FastFeaturizer(Dictionary<string, int> words, Dictionary<long, int> chars, int wordNgrams, int charNgrams, int denseOffset, bool lexicon, bool rules)
    {
        (_words, _chars, _wordNgrams, _charNgrams, _denseOffset, _lexicon, _rules) = (words, chars, wordNgrams, charNgrams, denseOffset, lexicon, rules);
        _dimension = denseOffset + (lexicon ? Lexicon.LexiconFeatures.Count : 0) + (rules ? Aspects.ClinicalAspectVocabulary.FeatureCount : 0);
    }

    /// <summary>The C# replay of <paramref name="featurizer"/>, or null when its options are not ones it reproduces.</summary>
    public static FastFeaturizer? TryCreate(MLContext ml, ITransformer featurizer, TextPipelineOptions options)
    {
        if (options.TfIdf || !options.Preprocessing.Normalize || options.CharNgrams > 4 || (options.CharNgrams > 0 && options.CharAllLengths))
            return null;
        DataViewSchema input = ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
        DataViewSchema.Column column = featurizer.GetOutputSchema(input)[SharedFeaturizer.Column];
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        string[] slotNames = names.DenseValues().Select(n => n.ToString()).ToArray();
        Dictionary<string, int> words = new(StringComparer.Ordinal);
        Dictionary<long, int> chars = [];
        int slot = 0;
        if (options.CharNgrams > 0)
        {
            for (; slot < slotNames.Length && slotNames[slot].StartsWith(CharPrefix, StringComparison.Ordinal); slot++)
            {
                if (CharKey(slotNames[slot][CharPrefix.Length..], options.CharNgrams) is not { } key || !chars.TryAdd(Pack(key), slot))
                    return null;
            }
        }
        string wordPrefix = options.CharNgrams > 0 ? WordPrefix : Prefix;
        for (; slot < slotNames.Length && slotNames[slot].StartsWith(wordPrefix, StringComparison.Ordinal); slot++)
        {
            // ML.NET names n-grams "a|b"; tokens never contain spaces, so "a b" is an unambiguous key for span lookups.
            if (!words.TryAdd(slotNames[slot][wordPrefix.Length..].Replace('|', ' '), slot))
                return null; // an ambiguous name (a token containing '|'): keep ML.NET
        }
        FastFeaturizer fast = new(words, chars, options.WordNgrams, options.CharNgrams, slot, options.Preprocessing.Lexicon, options.Preprocessing.AspectRules);
        return fast._dimension == slotNames.Length ? fast : null;
    }

    public int Dimension => _dimension;

    /// <summary>
    /// False for a post whose text has '|' (n-gram names would be ambiguous) or characters <see cref="FeaturizerText"/>
    /// maps away: use ML.NET for it.
    /// </summary>
    public static bool CanReplay(in PreparedPost post)
    {
        foreach (char c in post.Text)
        {
            if (c == '|' || char.IsSurrogate(c) || char.IsControl(c))
                return false;
        }
        return true;
    }

    public VBuffer<float> Featurize(in PreparedPost post)
    {
        List<int> charSlots = _charNgrams > 0 ? CharSlots(post.Text) : [];
        List<int> wordSlots = WordSlots(post.Text);
        List<(int Slot, float Value)> text = Normalised(charSlots);
        text.AddRange(Normalised(wordSlots)); // char slots all precede word slots
        int dense = (_lexicon ? post.Lexicon.Length : 0) + (_rules ? post.Rules.Length : 0);
        int[] indices = new int[text.Count + dense];
        float[] values = new float[text.Count + dense];
        int k = 0;
        foreach ((int slot, float value) in text)
        {
            indices[k] = slot;
            values[k++] = value;
        }
        int offset = _denseOffset;
        if (_lexicon)
            Append(post.Lexicon, ref offset, indices, values, ref k);
        if (_rules)
            Append(post.Rules, ref offset, indices, values, ref k);
        return new VBuffer<float>(_dimension, k, values, indices);
    }

    /// <summary>Whether <paramref name="heads"/> all score vectors of this featurizer's dimension (fused scoring applies).</summary>
    public bool Fits(IReadOnlyList<LinearHead> heads) => heads.All(h => h.Dimension == _dimension);

    /// <summary>
    /// Featurises one post and scores every head in one go: TF counts accumulate in a per-thread scratch array, so
    /// no vector is built; the heads' dot products run over the post's few non-zero slots. Same numbers as
    /// <see cref="Featurize"/> followed by <see cref="LinearHead.Probability(in VBuffer{float})"/>.
    /// </summary>
    public void Score(in PreparedPost post, HeadMatrix heads, float[] output)
    {
        Scratch scratch = _scratch is { } mine && mine.Counts.Length == _denseOffset ? mine : (_scratch = new Scratch(_denseOffset));
        float[] counts = scratch.Counts;
        List<int> found = scratch.Found, touched = scratch.Touched;
        found.Clear();
        touched.Clear();
        if (_charNgrams > 0)
            AddCharSlots(post.Text, found);
        AddWordSlots(post.Text, found);
        foreach (int slot in found)
        {
            if (counts[slot]++ == 0)
                touched.Add(slot);
        }
        double charNorm = 0, wordNorm = 0;
        foreach (int slot in touched)
        {
            if (slot < _chars.Count) charNorm += counts[slot] * counts[slot];
            else wordNorm += counts[slot] * counts[slot];
        }
        // Each part is L2-normalised on its own, as FeaturizeText does.
        float charScale = charNorm > 0 ? (float)(1 / Math.Sqrt(charNorm)) : 0, wordScale = wordNorm > 0 ? (float)(1 / Math.Sqrt(wordNorm)) : 0;
        Span<double> dots = stackalloc double[heads.Heads.Count];
        dots.Clear();
        foreach (int slot in touched)
        {
            heads.Add(slot, counts[slot] * (slot < _chars.Count ? charScale : wordScale), dots);
            counts[slot] = 0; // leave the scratch all-zero for the next post
        }
        int offset = _denseOffset;
        if (_lexicon)
        {
            foreach (float f in post.Lexicon)
                heads.Add(offset++, f, dots);
        }
        if (_rules)
        {
            foreach (float f in post.Rules)
                heads.Add(offset++, f, dots);
        }
        for (int h = 0; h < dots.Length; h++)
            output[h] = heads.Heads[h].Probability(dots[h]);
    }

    /// <summary>Per-thread buffers of <see cref="Score"/>: dense counts (kept all-zero between posts) and slot lists.</summary>
    private sealed class Scratch(int size)
    {
        public float[] Counts { get; } = new float[size];
        public List<int> Found { get; } = new(512);
        public List<int> Touched { get; } = new(256);
    }

    private List<int> WordSlots(string text)
    {
        List<int> found = new(text.Length / 2 + 1);
        AddWordSlots(text, found);
        return found;
    }

    private void AddWordSlots(string text, List<int> found)
    {
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
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> gram = stackalloc char[256];
        for (int i = 0; i < tokens.Count; i++)
        {
            int length = 0;
            for (int n = 1; n <= _wordNgrams && i + n <= tokens.Count; n++)
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
    }

    private List<int> CharSlots(string text)
    {
        List<int> found = new(text.Length + 2);
        AddCharSlots(text, found);
        return found;
    }

    // ML.NET's char tokens: the whole text between start and end markers, spaces included.
    private void AddCharSlots(string text, List<int> found)
    {
        int n = _charNgrams;
        long mask = n == 4 ? -1L : (1L << (16 * n)) - 1;
        long window = 0;
        for (int i = -1, seen = 0; i <= text.Length; i++)
        {
            char c = i < 0 ? Start : i == text.Length ? End : text[i];
            window = ((window << 16) | c) & mask;
            if (++seen >= n && _chars.TryGetValue(window, out int slot))
                found.Add(slot);
        }
    }

    private static long Pack(string key)
    {
        long packed = 0;
        foreach (char c in key)
            packed = (packed << 16) | c;
        return packed;
    }

    /// <summary>TF counts of the found slots, L2-normalised, in slot order.</summary>
    private static List<(int Slot, float Value)> Normalised(List<int> found)
    {
        found.Sort();
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
        for (int i = 0; i < counts.Count; i++)
            counts[i] = (counts[i].Slot, counts[i].Count * scale);
        return counts;
    }

    /// <summary>"&lt;␂&gt;|a|&lt;␠&gt;" → "\x02a " (one char per position), or null for a name it cannot read.</summary>
    private static string? CharKey(string name, int length)
    {
        System.Text.StringBuilder key = new(length);
        int i = 0;
        while (i < name.Length)
        {
            if (key.Length > 0)
            {
                if (name[i] != '|')
                    return null;
                i++;
            }
            if (i + 2 < name.Length && name[i] == '<' && name[i + 2] == '>' && name[i + 1] is >= '\u2400' and <= '\u243F')
            {
                char? marker = name[i + 1] switch { '\u2402' => Start, '\u2420' => ' ', '\u2403' => End, _ => null };
                if (marker is null)
                    return null; // another control character: not replayed
                key.Append(marker.Value);
                i += 3;
            }
            else if (i < name.Length)
            {
                key.Append(name[i++]);
            }
        }
        return key.Length == length ? key.ToString() : null;
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
