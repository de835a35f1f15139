namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Which parts of a title count as the title appearing in a post. Short titles never match: "Aspirin" or
/// "CAR-T cells" turn up in unrelated posts. Long titles also match by their main part (before a colon) or a
/// long leading prefix, because people quote titles cut off or without the subtitle.
/// </summary>
internal static class TitlePhrases
{
    private const int MinTitleWords = 4;
    private const int MinTitleChars = 25;
    private const int MinMainPartWords = 5;
    private const int MinMainPartChars = 30;
    private const int MinPrefixWords = 6;
    private const int MinPrefixChars = 50;

    public static IReadOnlyList<string> For(string? title)
    {
        string full = NormalizedWords.Phrase(title);
        if (!IsDistinctive(full, MinTitleWords, MinTitleChars))
            return [];
        List<string> phrases = [full];

        int colon = title!.IndexOfAny([':', '?', '|']);
        if (colon > 0)
        {
            string main = NormalizedWords.Phrase(title[..colon]);
            if (IsDistinctive(main, MinMainPartWords, MinMainPartChars) && main != full)
                phrases.Add(main);
        }

        string? prefix = ShortestDistinctivePrefix(full);
        if (prefix is not null && !phrases.Contains(prefix))
            phrases.Add(prefix);
        return phrases;
    }

    private static bool IsDistinctive(string phrase, int minWords, int minChars) =>
        phrase.Length - 2 >= minChars && NormalizedWords.WordCount(phrase) >= minWords;

    /// <summary>The first words that reach both minimums, when that is less than the whole phrase.</summary>
    private static string? ShortestDistinctivePrefix(string phrase)
    {
        int words = 0;
        for (int i = 1; i < phrase.Length - 1; i++)
        {
            if (phrase[i] != ' ')
                continue;
            words++;
            if (words >= MinPrefixWords && i - 1 >= MinPrefixChars)
                return phrase[..(i + 1)];
        }
        return null;
    }
}
