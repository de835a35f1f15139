namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Text reduced to lower-case letters and digits with every other run of characters as one space, framed by
/// spaces, so that a phrase " infant lymphoblastic leukemia " found by ordinal search is always whole words
/// and case and punctuation never matter. A map keeps each output character's index in the source text.
/// </summary>
internal static class NormalizedWords
{
    // ASCII fast path: the lower-case form of letters and digits, 0 for everything else.
    private static readonly char[] Ascii = BuildAsciiTable();

    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> to <paramref name="output"/> (length ≥ text + 2)
    /// and the source index of each character to <paramref name="map"/>; returns the length written.
    /// </summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> output, Span<int> map)
    {
        int n = 0;
        output[n] = ' ';
        map[n++] = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char folded = c < 128 ? Ascii[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            if (folded != '\0')
            {
                output[n] = folded;
                map[n++] = i;
            }
            else if (output[n - 1] != ' ')
            {
                output[n] = ' ';
                map[n++] = i;
            }
        }
        if (output[n - 1] != ' ')
        {
            output[n] = ' ';
            map[n++] = text.Length;
        }
        return n;
    }

    /// <summary>The framed phrase (" a b c ") for a title or keyword; "" when it has no letters or digits.</summary>
    public static string Phrase(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        char[] output = new char[text.Length + 2];
        int[] map = new int[text.Length + 2];
        int n = Write(text, output, map);
        return n <= 1 ? "" : new string(output, 0, n);
    }

    /// <summary>Number of words in a framed phrase.</summary>
    public static int WordCount(string phrase) => Math.Max(0, phrase.AsSpan().Count(' ') - 1);

    private static char[] BuildAsciiTable()
    {
        char[] table = new char[128];
        for (char c = '\0'; c < 128; c++)
            table[c] = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
        return table;
    }
}
