namespace SentimentMonitor.ML.Text;

/// <summary>
/// Removes the cited publication's title from a post before scoring: runs of three or more consecutive words
/// that all occur in the title (a quoted title or a long fragment of it). Posts about papers often repeat the
/// title, and its words ("failure", "death", "improves") would otherwise be read as the author's opinion.
/// A single title word used by the author ("what a failure") is kept.
/// </summary>
internal static class TitleStripper
{
    private const int MinRunWords = 3;

    public static List<TextToken> Strip(List<TextToken> tokens, string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || tokens.Count < MinRunWords)
            return tokens;
        HashSet<string> titleTokens = TitleTokens(title);
        List<TextToken> kept = new(tokens.Count);
        int i = 0;
        while (i < tokens.Count)
        {
            int end = i, words = 0;
            while (end < tokens.Count && IsTitlePart(tokens[end], titleTokens))
            {
                if (tokens[end].Kind is TokenKind.Word or TokenKind.HashtagWord)
                    words++;
                end++;
            }
            if (words >= MinRunWords)
            {
                i = end;
                continue;
            }
            kept.Add(tokens[i]);
            i++;
        }
        return kept;
    }

    // Posts are classified in batches per publication, so the same few titles recur; cache their token sets.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> Titles = new(StringComparer.Ordinal);

    private static HashSet<string> TitleTokens(string title)
    {
        if (Titles.TryGetValue(title, out HashSet<string>? cached))
            return cached;
        HashSet<string> tokens = new(StringComparer.OrdinalIgnoreCase);
        foreach (TextToken t in SocialTokenizer.Tokenize(title))
            tokens.Add(t.Text);
        if (Titles.Count > 1000)
            Titles.Clear();
        Titles[title] = tokens;
        return tokens;
    }

    private static bool IsTitlePart(TextToken token, HashSet<string> titleTokens) =>
        token.Kind is TokenKind.Word or TokenKind.HashtagWord or TokenKind.Punctuation && titleTokens.Contains(token.Text)
        || token.Kind == TokenKind.Punctuation && token.Text is ":" or "," or "-" or "\"" or "“" or "”";
}
