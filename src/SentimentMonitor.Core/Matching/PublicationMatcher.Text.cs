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
        ScanTokens(text, sink);
        if (_byPmid.Count > 0 || _byPmcid.Count > 0)
            ScanPubmedIds(text, sink);
        if (_phrases.Length > 0)
            MatchPhrases(text, sink);
        foreach (PhraseRule rule in _hashtags)
            MatchHashtag(text, rule, sink);
    }

    /// <summary>
    /// Splits on whitespace; a token holding http(s):// is a pasted link (matched like a payload link),
    /// anything before the link in the token and every other token is searched for written DOIs.
    /// </summary>
    private void ScanTokens(string text, MatchSink sink)
    {
        List<DoiHit>? hits = null;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            if (i - start < 8)
                continue;
            int url = FindUrlStart(text, start, i);
            int doiEnd = url < 0 ? i : url;
            if (_byDoi.Count > 0 && text.AsSpan(start, doiEnd - start).IndexOf("10.", StringComparison.Ordinal) >= 0)
            {
                hits ??= [];
                hits.Clear();
                DoiText.Scan(text, start, doiEnd, hits);
                foreach (DoiHit hit in hits)
                    sink.AddAll(_byDoi.GetValueOrDefault(hit.Doi), MatchKind.DoiText, text.Substring(hit.Start, hit.Length));
            }
            if (url >= 0)
                MatchPastedUrl(text, url, i, sink);
        }
    }

    private static int FindUrlStart(string text, int start, int end)
    {
        int from = start;
        while (from < end)
        {
            int at = text.IndexOf("http", from, end - from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return -1;
            ReadOnlySpan<char> rest = text.AsSpan(at, end - at);
            bool scheme = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            if (scheme && (at == start || !char.IsLetterOrDigit(text[at - 1])))
                return at;
            from = at + 4;
        }
        return -1;
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
        if (_byPmid.Count > 0)
            ScanPrefixedNumber(text, "pmid", allowSeparator: true, (digits, evidence) => sink.AddAll(_byPmid.GetValueOrDefault(digits), MatchKind.Pubmed, evidence));
        if (_byPmcid.Count > 0)
            ScanPrefixedNumber(text, "pmc", allowSeparator: false, (digits, evidence) => sink.AddAll(_byPmcid.GetValueOrDefault("PMC" + digits), MatchKind.Pmc, evidence));
    }

    private static void ScanPrefixedNumber(string text, string prefix, bool allowSeparator, Action<string, string> found)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text.IndexOf(prefix, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return;
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
            found(text[digitsStart..j], text[at..j]);
        }
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
