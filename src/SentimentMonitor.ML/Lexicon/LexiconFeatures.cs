using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Lexicon;

/// <summary>
/// Seven dense features from the VADER lexicon (spec: shared/docs/sentiment-baseline.md §4): normalised sum,
/// positive and negative sums, positive and negative counts, max and min valence. Negation within the three
/// previous tokens flips a valence (×−0.74); an ALL-CAPS word adds ±0.733 of emphasis.
/// </summary>
internal static class LexiconFeatures
{
    public const int Count = 7;

    private const float NegationScalar = -0.74f;
    private const float CapsEmphasis = 0.733f;

    public static float[] Compute(IReadOnlyList<TextToken> tokens)
    {
        float sum = 0, sumPos = 0, sumNeg = 0, max = 0, min = 0;
        int countPos = 0, countNeg = 0;
        VaderLexicon lexicon = VaderLexicon.Shared;
        for (int i = 0; i < tokens.Count; i++)
        {
            TextToken token = tokens[i];
            if (token.Kind is TokenKind.Url or TokenKind.Mention or TokenKind.Punctuation)
                continue;
            if (!TryValence(token, lexicon, out float valence))
                continue;
            if (token.Kind is TokenKind.Word or TokenKind.HashtagWord && IsAllCaps(token.Span))
                valence += valence > 0 ? CapsEmphasis : -CapsEmphasis;
            if (NegatedByPrevious(tokens, i))
                valence *= NegationScalar;
            sum += valence;
            if (valence > 0)
            {
                sumPos += valence;
                countPos++;
            }
            else if (valence < 0)
            {
                sumNeg += valence;
                countNeg++;
            }
            max = Math.Max(max, valence);
            min = Math.Min(min, valence);
        }
        return
        [
            sum / MathF.Sqrt(sum * sum + 15f),
            sumPos / 4f,
            sumNeg / 4f,
            countPos / 5f,
            countNeg / 5f,
            max / 4f,
            min / 4f,
        ];
    }

    private static bool TryValence(TextToken token, VaderLexicon lexicon, out float valence)
    {
        ReadOnlySpan<char> text = token.Span;
        if (token.Kind == TokenKind.Emoticon && lexicon.TryGet(text, out valence))
            return true;
        // Lower-case, then (when that misses) the elongation-squeezed form, in stack buffers: no allocation per token.
        Span<char> lower = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        int n = text.ToLowerInvariant(lower);
        if (lexicon.TryGet(lower[..n], out valence))
            return true;
        int squeezed = SocialTokenizer.SqueezeInPlace(lower[..n]);
        return squeezed < n && lexicon.TryGet(lower[..squeezed], out valence);
    }

    private static bool NegatedByPrevious(IReadOnlyList<TextToken> tokens, int index)
    {
        int seen = 0;
        for (int j = index - 1; j >= 0 && seen < 3; j--)
        {
            if (tokens[j].Kind == TokenKind.Punctuation)
                continue;
            seen++;
            if (NegationCues.IsCue(tokens[j].Span))
                return true;
        }
        return false;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
            return false;
        foreach (char c in text)
        {
            if (!char.IsLetter(c) || !char.IsUpper(c))
                return false;
        }
        return true;
    }
}
