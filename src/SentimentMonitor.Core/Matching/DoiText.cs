namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Finds and normalises DOIs as people write them: <c>https://doi.org/…</c>, <c>http://dx.doi.org/…</c>,
/// <c>doi:…</c>, <c>info:doi/…</c>, or a bare <c>10.NNNN/…</c> inside a sentence; any case, <c>%2F</c> for the slash,
/// HTML entities, trailing punctuation and an unbalanced ')' trimmed, <c>?query</c> and <c>#fragment</c> cut.
/// The canonical form is lower case (DOIs are case-insensitive). A DOI ends where the text stops looking
/// like one, so "…2214171" is never found inside "…22141710".
/// </summary>
public static class DoiText
{
    private static readonly string[] Prefixes =
        ["https://", "http://", "www.", "dx.doi.org/", "doi.org/", "hdl.handle.net/", "info:doi/", "urn:doi:", "doi:", "doi "];

    /// <summary>
    /// Canonical (lower-case) DOI when the whole of <paramref name="value"/> is one DOI in any accepted form
    /// (bare, <c>doi:</c>, <c>info:doi/</c>, a doi.org/dx.doi.org resolver URL); null otherwise.
    /// </summary>
    public static string? Normalize(string? value) => TryNormalize(value, out string doi) ? doi : null;

    /// <inheritdoc cref="Normalize"/>
    public static bool TryNormalize(string? value, out string doi)
    {
        doi = "";
        if (string.IsNullOrWhiteSpace(value))
            return false;
        string s = UrlNormalizer.DecodeEntities(value.Trim());
        int start = 0;
        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (string prefix in Prefixes)
            {
                if (string.Compare(s, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    start += prefix.Length;
                    while (start < s.Length && s[start] == ' ')
                        start++;
                    stripped = true;
                }
            }
        }
        if (!StartsDoi(s, start))
            return false;
        string? parsed = ParseAt(s, start, out int end);
        // Anything left must be a cut-off query/fragment, never more words.
        if (parsed is null || !OnlyLeftovers(s.AsSpan(end)))
            return false;
        doi = parsed;
        return true;
    }

    /// <summary>Every distinct canonical DOI written in <paramref name="text"/>, in order of appearance.</summary>
    public static IReadOnlyList<string> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        List<DoiHit> hits = [];
        Scan(UrlNormalizer.DecodeEntities(text), 0, text.Length, hits);
        List<string> found = [];
        foreach (DoiHit hit in hits)
        {
            if (!found.Contains(hit.Doi))
                found.Add(hit.Doi);
        }
        return found;
    }

    /// <summary>Appends the DOIs found in text[from..to) (entities already decoded) to <paramref name="hits"/>.</summary>
    internal static void Scan(string text, int from, int to, List<DoiHit> hits)
    {
        int i = from;
        while (i < to - 3)
        {
            int at = text.IndexOf("10.", i, to - i, StringComparison.Ordinal);
            if (at < 0)
                return;
            if (at > 0 && IsWordChar(text[at - 1]))
            {
                i = at + 3;
                continue;
            }
            string? doi = ParseAt(text, at, out int end);
            if (doi is not null)
                hits.Add(new DoiHit(doi, at, end - at));
            i = Math.Max(end, at + 3);
        }
    }

    /// <summary>
    /// Parses a DOI starting at <paramref name="start"/> (which holds "10."); <paramref name="end"/> is just past
    /// the last character kept. Null when the registrant is malformed, the suffix empty, or the DOI was cut
    /// off with an ellipsis (a truncated display URL must not match a shorter DOI).
    /// </summary>
    internal static string? ParseAt(string text, int start, out int end)
    {
        int i = start + 3;
        int digits = CountDigits(text, i);
        end = i + digits;
        if (digits < 4 || digits > 9)
            return null;
        i += digits;
        while (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            i += 1 + CountDigits(text, i + 1);

        int suffixStart;
        if (i < text.Length && text[i] == '/')
            suffixStart = i + 1;
        else if (i + 2 < text.Length && text[i] == '%' && text[i + 1] == '2' && (text[i + 2] == 'F' || text[i + 2] == 'f'))
            suffixStart = i + 3;
        else
            return null;

        int stop = suffixStart;
        while (stop < text.Length && !IsStop(text[stop]))
            stop++;
        end = stop;
        if (stop < text.Length && text[stop] == '\u2026')
            return null;
        end = TrimTrailing(text, suffixStart, stop);
        if (end <= suffixStart)
            return null;

        string raw = text[start..end];
        if (raw.Contains('%'))
            raw = UrlParts.PercentDecode(raw);
        ReadOnlySpan<char> suffix = raw.AsSpan(raw.IndexOf('/') + 1);
        if (suffix.IsEmpty || !suffix.ContainsAnyExcept("./-_;:()[]"))
            return null;
        return raw.ToLowerInvariant();
    }

    private static bool OnlyLeftovers(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] is '?' or '#')
            return true;
        foreach (char c in rest)
        {
            if (!IsTrailingPunctuation(c) && c != ')' && !char.IsWhiteSpace(c))
                return false;
        }
        return true;
    }

    internal static bool StartsDoi(string s, int at) =>
        at + 3 <= s.Length && s[at] == '1' && s[at + 1] == '0' && s[at + 2] == '.';

    internal static bool IsTrailingPunctuation(char c) => c is '.' or ',' or ';' or ':' or '\'' or '"' or ']' or '>' or '*' or '!' or '/';

    private static int TrimTrailing(string text, int suffixStart, int stop)
    {
        int end = stop;
        while (end > suffixStart)
        {
            char last = text[end - 1];
            if (IsTrailingPunctuation(last) || (last == ')' && Unbalanced(text.AsSpan(suffixStart, end - suffixStart))))
                end--;
            else
                break;
        }
        return end;
    }

    private static bool Unbalanced(ReadOnlySpan<char> suffix) => suffix.Count('(') < suffix.Count(')');

    private static int CountDigits(string text, int from)
    {
        int i = from;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        return i - from;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '-';

    private static bool IsStop(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) ||
        c is '"' or '<' or '>' or '{' or '}' or '|' or '\\' or '^' or '`' or '#' or '?' or '&' or ','
            or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u00AB' or '\u00BB';
}
