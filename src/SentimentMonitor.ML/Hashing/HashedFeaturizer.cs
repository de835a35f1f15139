using System.Numerics;
using System.Runtime.CompilerServices;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Turns a prepared post (normalised, space-separated tokens plus the seven lexicon features) into a sparse
/// feature vector without a dictionary: word 1..N-grams and char 3..M-grams are hashed into 2^bits buckets,
/// counted (TF), L2-normalised together, and the lexicon features follow at fixed indices after the buckets.
/// Plain C# with no per-post allocations, so training (through ML.NET) and prediction (in C#) read exactly the
/// same features, and prediction costs a few microseconds per post.
/// </summary>
internal sealed class HashedFeaturizer
{
    private const uint WordSeed = 0x9E3779B1, BigramSeed = 0x85EBCA77, TrigramSeed = 0xC2B2AE3D, CharSeed = 0x27D4EB2F;

    private readonly int _bits;
    private readonly uint _mask;
    private readonly int _wordNgrams;
    private readonly int _minChar, _maxChar;

    public HashedFeaturizer(int bits, int wordNgrams, int minCharNgram, int maxCharNgram)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        ArgumentOutOfRangeException.ThrowIfLessThan(wordNgrams, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wordNgrams, 3);
        _bits = bits;
        _mask = (1u << bits) - 1;
        _wordNgrams = wordNgrams;
        _minChar = minCharNgram;
        _maxChar = maxCharNgram;
    }

    /// <summary>Hash buckets; the lexicon features sit at indices Buckets .. Buckets + lexicon length − 1.</summary>
    public int Buckets => 1 << _bits;

    public int Dimension(int lexiconLength) => Buckets + lexiconLength;

    /// <summary>
    /// Fills <paramref name="scratch"/> with the post's distinct feature indices and values (unsorted) and returns how
    /// many there are. The scratch grows as needed and is meant to be reused by one thread.
    /// </summary>
    public int Featurize(string text, ReadOnlySpan<float> lexicon, FeatureScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(text);
        scratch.Clear(text.Length * (_maxChar - _minChar + 1 + _wordNgrams) + 16);
        AddWords(text, scratch);
        if (_maxChar > 0)
            AddChars(text, scratch);
        int count = scratch.Count;
        float sumSquares = 0;
        Span<float> values = scratch.Values;
        for (int i = 0; i < count; i++)
            sumSquares += values[i] * values[i];
        if (sumSquares > 0)
        {
            float scale = 1f / MathF.Sqrt(sumSquares);
            for (int i = 0; i < count; i++)
                values[i] *= scale;
        }
        for (int i = 0; i < lexicon.Length; i++)
        {
            if (lexicon[i] != 0)
                scratch.Append(Buckets + i, lexicon[i]);
        }
        return scratch.Count;
    }

    private void AddWords(string text, FeatureScratch scratch)
    {
        uint previous = 0, beforePrevious = 0;
        int seen = 0, i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
                i++;
            int start = i;
            while (i < text.Length && text[i] != ' ')
                i++;
            if (i == start)
                break;
            uint word = Hash(text.AsSpan(start, i - start), WordSeed);
            scratch.Add((int)(word & _mask));
            if (_wordNgrams >= 2 && seen >= 1)
                scratch.Add((int)(Mix(Mix(BigramSeed, previous), word) & _mask));
            if (_wordNgrams >= 3 && seen >= 2)
                scratch.Add((int)(Mix(Mix(Mix(TrigramSeed, beforePrevious), previous), word) & _mask));
            beforePrevious = previous;
            previous = word;
            seen++;
        }
    }

    // Char n-grams run over the whole text with a space at each end, across word boundaries (as ML.NET's char bag does).
    private void AddChars(string text, FeatureScratch scratch)
    {
        int length = text.Length + 2;
        for (int n = _minChar; n <= _maxChar; n++)
        {
            uint seed = CharSeed + (uint)n;
            for (int start = 0; start + n <= length; start++)
            {
                uint h = seed;
                for (int k = start; k < start + n; k++)
                    h = Mix(h, At(text, k));
                scratch.Add((int)(Finish(h) & _mask));
            }
        }
    }

    private static char At(string text, int paddedIndex) =>
        paddedIndex == 0 || paddedIndex == text.Length + 1 ? ' ' : text[paddedIndex - 1];

    private static uint Hash(ReadOnlySpan<char> s, uint seed)
    {
        uint h = seed;
        foreach (char c in s)
            h = Mix(h, c);
        return Finish(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint h, uint value) => BitOperations.RotateLeft(h ^ (value * 0xCC9E2D51), 15) * 0x1B873593 + 0xE6546B64;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >> 16);
    }
}
