using System.Globalization;
using System.Text;
using SentimentMonitor.ML.Lexicon;

namespace SentimentMonitor.ML.Text;

/// <summary>
/// Splits social-media text into tokens: URLs and @mentions become single tokens, hashtags are split into
/// their words (camelCase and digits), emoji are cut out of the words they touch, emoticons known to VADER are
/// kept whole, and leading or trailing punctuation is split off words ("good." is "good" "."). Case is kept.
/// </summary>
internal static class SocialTokenizer
{
    public static List<TextToken> Tokenize(string text)
    {
        List<TextToken> tokens = new(32);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            if (i > start)
                AddRawToken(text, start, i - start, tokens);
        }
        return tokens;
    }

    // Tokens are slices of the post (offset + length), so every branch below passes positions, not substrings.
    private static void AddRawToken(string text, int offset, int length, List<TextToken> tokens)
    {
        ReadOnlySpan<char> raw = text.AsSpan(offset, length);
        if (IsUrl(raw))
        {
            tokens.Add(new TextToken(UrlToken, TokenKind.Url));
            return;
        }
        if (raw.Length > 1 && raw[0] == '@' && IsWordChar(raw[1]))
        {
            tokens.Add(new TextToken(MentionToken, TokenKind.Mention));
            // Keep punctuation that followed the handle ("@bob," or "@bob:").
            int end = 1;
            while (end < raw.Length && (IsWordChar(raw[end]) || raw[end] == '.' && end + 1 < raw.Length && IsWordChar(raw[end + 1])))
                end++;
            if (end < raw.Length)
                AddRawToken(text, offset + end, length - end, tokens);
            return;
        }
        if (raw.Length > 1 && raw[0] == '#' && char.IsLetterOrDigit(raw[1]))
        {
            int end = 1;
            while (end < raw.Length && IsWordChar(raw[end]))
                end++;
            SplitHashtag(text, offset + 1, end - 1, tokens);
            if (end < raw.Length)
                AddRawToken(text, offset + end, length - end, tokens);
            return;
        }
        if (IsEmoticon(raw))
        {
            tokens.Add(new TextToken(text, offset, length, TokenKind.Emoticon));
            return;
        }
        SplitWordsPunctuationAndEmoji(text, offset, raw, tokens);
    }

    private const string UrlToken = "url", MentionToken = "@user";

    private static void SplitWordsPunctuationAndEmoji(string text, int offset, ReadOnlySpan<char> raw, List<TextToken> tokens)
    {
        int i = 0;
        while (i < raw.Length)
        {
            int width = EmojiWidth(raw, i);
            if (width > 0)
            {
                tokens.Add(new TextToken(text, offset + i, width, TokenKind.Emoji));
                i += width;
                continue;
            }
            if (raw[i] is '\uFE0F' or '\u200D')
            {
                i++; // variation selector / zero-width joiner between emoji
                continue;
            }
            if (char.IsLetterOrDigit(raw[i]))
            {
                int start = i;
                // A word runs until an emoji or until trailing punctuation (inner punctuation such as "don't", "B-cell", "0.03" stays).
                while (i < raw.Length && EmojiWidth(raw, i) == 0 && raw[i] != '\uFE0F'
                       && (char.IsLetterOrDigit(raw[i]) || IsInnerPunctuation(raw, i)))
                    i++;
                tokens.Add(new TextToken(text, offset + start, i - start, TokenKind.Word));
                continue;
            }
            int punctStart = i;
            while (i < raw.Length && !char.IsLetterOrDigit(raw[i]) && EmojiWidth(raw, i) == 0 && raw[i] is not ('\uFE0F' or '\u200D'))
                i++;
            tokens.Add(new TextToken(text, offset + punctStart, i - punctStart, TokenKind.Punctuation));
        }
    }

    private static bool IsInnerPunctuation(ReadOnlySpan<char> raw, int i) =>
        raw[i] is '\'' or '’' or '-' or '.' or ',' or '/' or '=' or '%' or '_' or '&'
        && i + 1 < raw.Length && char.IsLetterOrDigit(raw[i + 1]) && i > 0 && char.IsLetterOrDigit(raw[i - 1])
        || raw[i] == '%' && i > 0 && char.IsDigit(raw[i - 1]);

    private static void SplitHashtag(string text, int offset, int length, List<TextToken> tokens)
    {
        ReadOnlySpan<char> tag = text.AsSpan(offset, length);
        int start = 0;
        for (int i = 1; i <= tag.Length; i++)
        {
            bool boundary = i == tag.Length || tag[i] == '_' || IsCaseOrDigitBoundary(tag, i);
            if (!boundary)
                continue;
            if (i > start && tag[start] != '_')
                tokens.Add(new TextToken(text, offset + start, i - start, TokenKind.HashtagWord));
            start = i < tag.Length && tag[i] == '_' ? i + 1 : i;
        }
    }

    private static bool IsCaseOrDigitBoundary(ReadOnlySpan<char> s, int i)
    {
        char prev = s[i - 1], cur = s[i];
        if (char.IsDigit(prev) != char.IsDigit(cur))
            return true;
        if (char.IsLower(prev) && char.IsUpper(cur))
            return true;
        // "CARTCell" -> "CART" "Cell": an upper-case letter that starts a lower-case run ends an acronym.
        return char.IsUpper(prev) && char.IsUpper(cur) && i + 1 < s.Length && char.IsLower(s[i + 1]);
    }

    private static bool IsUrl(ReadOnlySpan<char> raw) =>
        raw.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || raw.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || raw.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || raw.StartsWith("doi.org/", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmoticon(ReadOnlySpan<char> raw)
    {
        bool hasSymbol = false;
        foreach (char c in raw)
        {
            if (char.IsSurrogate(c))
                return false;
            if (!char.IsLetterOrDigit(c))
                hasSymbol = true;
        }
        return hasSymbol && raw.Length <= 6 && VaderLexicon.Shared.TryGet(raw, out _);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Length in chars of the emoji starting at <paramref name="i"/>, or 0.</summary>
    private static int EmojiWidth(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        // Below U+2190 only a surrogate pair can be an emoji; this skips the category lookup for ordinary text.
        if (c < '\u2190')
            return 0;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            int codePoint = char.ConvertToUtf32(c, s[i + 1]);
            // Skin-tone modifiers belong to the emoji before them.
            int width = 2;
            if (i + 3 < s.Length && char.IsHighSurrogate(s[i + 2]) && char.IsLowSurrogate(s[i + 3]))
            {
                int next = char.ConvertToUtf32(s[i + 2], s[i + 3]);
                if (next is >= 0x1F3FB and <= 0x1F3FF)
                    width = 4;
            }
            return codePoint >= 0x1F000 ? width : 0;
        }
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        // ❤ ☺ ✔ ★ and friends live in the BMP as "other symbol".
        return category == UnicodeCategory.OtherSymbol && c >= '\u2190' ? 1 : 0;
    }

    /// <summary>
    /// Lower-cases <paramref name="token"/> (invariant culture) and squeezes elongations into <paramref name="destination"/>
    /// (at least as long as the token); returns the length written. Same result as
    /// <c>SqueezeElongation(token.ToLowerInvariant())</c> without allocating.
    /// </summary>
    public static int LowerAndSqueeze(ReadOnlySpan<char> token, Span<char> destination)
    {
        int n = token.ToLowerInvariant(destination);
        if (n < 0)
            throw new ArgumentException("destination is too short", nameof(destination));
        return SqueezeInPlace(destination[..n]);
    }

    /// <summary>Squeezes runs of three or more equal characters to two, in place; returns the new length.</summary>
    public static int SqueezeInPlace(Span<char> text)
    {
        int written = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (written >= 2 && text[i] == text[written - 1] && text[i] == text[written - 2])
                continue;
            text[written++] = text[i];
        }
        return written;
    }

    /// <summary>Squeezes runs of three or more equal characters to two ("soooo" → "soo", "!!!!" → "!!").</summary>
    public static string SqueezeElongation(string token)
    {
        if (token.Length < 3)
            return token;
        StringBuilder? sb = null;
        for (int i = 0; i < token.Length; i++)
        {
            bool third = i >= 2 && token[i] == token[i - 1] && token[i] == token[i - 2];
            if (third && sb is null)
                sb = new StringBuilder(token, 0, i, token.Length);
            if (!third)
                sb?.Append(token[i]);
        }
        return sb?.ToString() ?? token;
    }
}
