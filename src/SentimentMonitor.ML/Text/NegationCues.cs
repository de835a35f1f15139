namespace SentimentMonitor.ML.Text;

/// <summary>Words that open a negation scope ("not", "never", "without", any "n't" contraction).</summary>
internal static class NegationCues
{
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "no", "never", "nothing", "none", "nobody", "nor", "neither", "cannot", "without", "hardly", "barely",
        "isnt", "dont", "doesnt", "didnt", "wont", "cant", "aint", "wasnt", "werent", "arent", "shouldnt", "couldnt",
        "wouldnt", "hasnt", "havent", "hadnt", "neednt", "mustnt",
    };

    private const int MinCueLength = 2, MaxCueLength = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueSpans = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Same answer as <see cref="IsCue(string)"/> without allocating.</summary>
    public static bool IsCue(ReadOnlySpan<char> token)
    {
        // Most tokens have no apostrophe: then only the set can answer, and its words are 2 to 8 letters long.
        if (token.IndexOfAny('\'', '’') < 0)
            return token.Length is >= MinCueLength and <= MaxCueLength && CueSpans.Contains(token);
        if (token.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || token.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            return true;
        if (CueSpans.Contains(token))
            return true;
        if (!token.Contains('\'') || token.Length > 64)
            return token.Contains('\'') && Cues.Contains(token.ToString().Replace("'", ""));
        Span<char> without = stackalloc char[token.Length];
        int n = 0;
        foreach (char c in token)
        {
            if (c != '\'')
                without[n++] = c;
        }
        return CueSpans.Contains(without[..n]);
    }

    public static bool IsCue(string token)
    {
        if (token.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || token.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            return true;
        if (Cues.Contains(token))
            return true;
        return token.Contains('\'') && Cues.Contains(token.Replace("'", ""));
    }
}
