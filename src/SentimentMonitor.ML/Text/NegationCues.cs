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

    public static bool IsCue(string token)
    {
        if (token.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || token.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            return true;
        if (Cues.Contains(token))
            return true;
        return token.Contains('\'') && Cues.Contains(token.Replace("'", ""));
    }
}
