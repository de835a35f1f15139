using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Storage.Aggregates;

/// <summary>
/// A post's word index entry: a 512-bit Bloom filter of the character bigrams and trigrams of its folded text, handle and
/// author display name (<see cref="TextSearch.Fold"/>). A search word is a substring of one of those only if all its
/// grams are in the set, so a post whose signature lacks a bit of the query's <see cref="Mask"/> cannot match, and the
/// search loads only the posts that pass. Grams spanning whitespace are left out: search words never contain it.
/// Sized for real posts (~250 distinct grams in 280 characters fill about 40% of the bits): a 7-letter word has 11
/// grams, so ~1 post in 20,000 passes without containing it; words of one character cannot narrow anything.
/// </summary>
internal static class WordSignature
{
    /// <summary>Bytes per post (512 bits): 12.8 MB for a 200k-post paper.</summary>
    public const int Bytes = 64;

    /// <summary>The signature of a post that is not indexed: every bit set, so it is always a candidate.</summary>
    public static byte[] Unknown() => Enumerable.Repeat((byte)0xFF, Bytes).ToArray();

    public static byte[] Of(string? text, string? handle, string? displayName)
    {
        byte[] bits = new byte[Bytes];
        AddGrams(bits, TextSearch.Fold(text));
        AddGrams(bits, TextSearch.Fold(handle));
        AddGrams(bits, TextSearch.Fold(displayName));
        return bits;
    }

    /// <summary>The bits every matching post has: the grams of all words (a post must contain each word). Null when no word has two characters.</summary>
    public static byte[]? Mask(IReadOnlyList<string> foldedWords)
    {
        byte[] bits = new byte[Bytes];
        bool any = false;
        foreach (string word in foldedWords)
            any |= AddGrams(bits, word);
        return any ? bits : null;
    }

    /// <summary>True when <paramref name="signature"/> has every bit of <paramref name="mask"/>.</summary>
    public static bool MayContain(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> mask)
    {
        for (int i = 0; i < Bytes; i++)
        {
            if ((signature[i] & mask[i]) != mask[i])
                return false;
        }
        return true;
    }

    private static bool AddGrams(byte[] bits, string folded)
    {
        bool any = false;
        for (int i = 0; i + 1 < folded.Length; i++)
        {
            char a = folded[i], b = folded[i + 1];
            if (char.IsWhiteSpace(a) || char.IsWhiteSpace(b))
                continue;
            Set(bits, Hash(a, b, '\0', 2));
            any = true;
            if (i + 2 < folded.Length && !char.IsWhiteSpace(folded[i + 2]))
                Set(bits, Hash(a, b, folded[i + 2], 3));
        }
        return any;
    }

    private static void Set(byte[] bits, uint hash) => bits[(hash >> 3) & (Bytes - 1)] |= (byte)(1 << (int)(hash & 7));

    /// <summary>FNV-1a over the gram, then a finaliser; fixed (unlike string.GetHashCode) because the bits are stored.</summary>
    private static uint Hash(char a, char b, char c, int length)
    {
        uint h = 2166136261;
        h = (h ^ a) * 16777619;
        h = (h ^ b) * 16777619;
        h = (h ^ c) * 16777619;
        h = (h ^ (uint)length) * 16777619;
        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        return h;
    }
}
