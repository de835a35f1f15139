using System.Text;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// The prepared text as the shared featurizer reads it: emoji and other characters outside the Basic Multilingual
/// Plane become one BMP private-use character each (U+1F000–U+1FFFF → U+E000–U+EFFF, others → U+FFFD), control
/// characters become U+FFFD. ML.NET names every surrogate half of a char n-gram alike ("\u4X"), which would make
/// the C# replay ambiguous; single BMP characters keep emoji distinct and replayable.
/// </summary>
internal static class FeaturizerText
{
    private const char Replacement = '\uFFFD';

    public static string Map(string prepared)
    {
        int first = IndexOfSpecial(prepared);
        if (first < 0)
            return prepared; // the common case: nothing to change, no allocation
        StringBuilder sb = new(prepared.Length);
        sb.Append(prepared, 0, first);
        for (int i = first; i < prepared.Length; i++)
        {
            char c = prepared[i];
            if (char.IsHighSurrogate(c) && i + 1 < prepared.Length && char.IsLowSurrogate(prepared[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, prepared[++i]);
                sb.Append(codePoint is >= 0x1F000 and <= 0x1FFFF ? (char)(0xE000 + codePoint - 0x1F000) : Replacement);
            }
            else
            {
                sb.Append(char.IsSurrogate(c) || char.IsControl(c) ? Replacement : c);
            }
        }
        return sb.ToString();
    }

    private static int IndexOfSpecial(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) || char.IsControl(text[i]))
                return i;
        }
        return -1;
    }
}
