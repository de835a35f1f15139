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

    /// <summary>Removes the title runs from <paramref name="tokens"/> in place (the list is the caller's own) and returns it.</summary>
    public static List<TextToken> Strip(List<TextToken> tokens, string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || tokens.Count < MinRunWords)
            return tokens;
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> titleTokens = TitleTokens(title).GetAlternateLookup<ReadOnlySpan<char>>();
        int kept = 0, i = 0;
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
            // Compacting in place: the write position never passes the read position.
            tokens[kept++] = tokens[i];
            i++;
        }
        tokens.RemoveRange(kept, tokens.Count - kept);
        return tokens;
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

    private static bool IsTitlePart(TextToken token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> titleTokens) =>
        token.Kind is TokenKind.Word or TokenKind.HashtagWord or TokenKind.Punctuation && titleTokens.Contains(token.Span)
        || token.Kind == TokenKind.Punctuation && token.Span is ":" or "," or "-" or "\"" or "“" or "”";
}
