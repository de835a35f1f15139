using System.Buffers;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Matching;

/// <summary>Matching on what the post says: written DOIs, PMIDs/PMCIDs, pasted URLs, titles, keywords.</summary>
public sealed partial class PublicationMatcher
{
    // Above this many characters the normalised-words buffer comes from the pool instead of the stack.
    private const int StackTextLimit = 1024;

    private void MatchText(string rawText, MatchSink sink)
    {
        string text = UrlNormalizer.DecodeEntities(rawText);
        ScanDoisAndUrls(text, sink);
        if (_byPmid.Count > 0 || _byPmcid.Count > 0)
            ScanPubmedIds(text, sink);
        if (_phrases.Length > 0)
            MatchPhrases(text, sink);
        foreach (PhraseRule rule in _hashtags)
            MatchHashtag(text, rule, sink);
    }

    /// <summary>
    /// Written DOIs and pasted http(s) links, both found by vectorised search for "10." and "://" so that
    /// text without either costs almost nothing. A DOI inside a pasted link counts for the link only.
    /// </summary>
    private void ScanDoisAndUrls(string text, MatchSink sink)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text.IndexOf("://", from, StringComparison.Ordinal);
            if (at < 0)
                break;
            int start = at;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]) && at - start < 5)
                start--;
            int end = at + 3;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
                end++;
            ReadOnlySpan<char> scheme = text.AsSpan(start, at - start);
            bool http = scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
            if (http && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
                MatchPastedUrl(text, start, end, sink);
            from = end;
        }

        if (_byDoi.Count == 0 || !text.Contains("10.", StringComparison.Ordinal))
            return;
        List<DoiHit> hits = [];
        DoiText.Scan(text, 0, text.Length, hits);
        foreach (DoiHit hit in hits)
        {
            if (!InsidePastedUrl(text, hit.Start))
                sink.AddAll(_byDoi.GetValueOrDefault(hit.Doi), MatchKind.DoiText, text.Substring(hit.Start, hit.Length));
        }
    }

    private static bool InsidePastedUrl(string text, int position)
    {
        int tokenStart = position;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]))
            tokenStart--;
        return text.AsSpan(tokenStart, position - tokenStart).Contains("://", StringComparison.Ordinal);
    }

    /// <summary>A URL cut off with '…' (X and Bluesky display text) is skipped: its tail is unknown.</summary>
    private void MatchPastedUrl(string text, int start, int end, MatchSink sink)
    {
        if (text[end - 1] == '\u2026')
            return;
        while (end > start)
        {
            char last = text[end - 1];
            bool unbalanced = last == ')' && text.AsSpan(start, end - start).Count('(') < text.AsSpan(start, end - start).Count(')');
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or ']' or '>' or '*' || unbalanced)
                end--;
            else
                break;
        }
        string url = text[start..end];
        MatchLink(url, url, sink);
    }

    /// <summary>"PMID: 37099340", "PMID 37099340", "pmid:37099340" and "PMC1234567" written in text.</summary>
    private void ScanPubmedIds(string text, MatchSink sink)
    {
        int from = 0;
        while (_byPmid.Count > 0 && NextPrefixedNumber(text, "pmid", allowSeparator: true, ref from, out Range digits, out Range written))
            sink.AddAll(_byPmid.GetValueOrDefault(text[digits]), MatchKind.Pubmed, text[written]);
        from = 0;
        while (_byPmcid.Count > 0 && NextPrefixedNumber(text, "pmc", allowSeparator: false, ref from, out Range digits, out Range written))
            sink.AddAll(_byPmcid.GetValueOrDefault("PMC" + text[digits]), MatchKind.Pmc, text[written]);
    }

    /// <summary>Finds the next "prefix[sep]digits" as a whole word from <paramref name="from"/> on.</summary>
    private static bool NextPrefixedNumber(string text, string prefix, bool allowSeparator, ref int from, out Range digits, out Range written)
    {
        digits = written = default;
        while (from < text.Length)
        {
            int at = text.IndexOf(prefix, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return false;
            from = at + prefix.Length;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
                continue;
            int j = from;
            while (allowSeparator && j < text.Length && j - from < 3 && text[j] is ':' or ' ' or '#' or '\u00A0')
                j++;
            int digitsStart = j;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
                j++;
            int count = j - digitsStart;
            if (count is 0 or > 10 || (j < text.Length && char.IsLetterOrDigit(text[j])))
                continue;
            digits = digitsStart..j;
            written = at..j;
            from = j;
            return true;
        }
        return false;
    }

    private void MatchPhrases(string text, MatchSink sink)
    {
        int capacity = text.Length + 2;
        char[]? rentedChars = null;
        int[]? rentedMap = null;
        Span<char> words = capacity <= StackTextLimit ? stackalloc char[capacity] : (rentedChars = ArrayPool<char>.Shared.Rent(capacity));
        Span<int> map = capacity <= StackTextLimit ? stackalloc int[capacity] : (rentedMap = ArrayPool<int>.Shared.Rent(capacity));
        try
        {
            int n = NormalizedWords.Write(text, words, map);
            ReadOnlySpan<char> normalized = words[..n];
            foreach (PhraseRule rule in _phrases)
            {
                int at = normalized.IndexOf(rule.Phrase.AsSpan());
                if (at < 0)
                    continue;
                int first = map[at + 1];
                int last = map[at + rule.Phrase.Length - 2];
                sink.Add(rule.Publication, rule.Kind, text[first..(last + 1)]);
            }
        }
        finally
        {
            if (rentedChars is not null)
                ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedMap is not null)
                ArrayPool<int>.Shared.Return(rentedMap);
        }
    }

    /// <summary>A registered "#tag" matches "#Tag" in text but not "#tagged" or "x#tag".</summary>
    private static void MatchHashtag(string text, PhraseRule rule, MatchSink sink)
    {
        string tag = rule.Phrase;
        int from = 0;
        while (from < text.Length)
        {
            int at = text.IndexOf(tag, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return;
            from = at + 1;
            int end = at + tag.Length;
            bool startOk = at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '&' or '#');
            bool endOk = end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_');
            if (startOk && endOk)
            {
                sink.Add(rule.Publication, rule.Kind, text.Substring(at, tag.Length));
                return;
            }
        }
    }
}
