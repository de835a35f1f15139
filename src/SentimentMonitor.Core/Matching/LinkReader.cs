namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Reads the paper identifiers a link carries: resolver DOIs, publisher landing DOIs, PubMed/Europe PMC PMIDs,
/// PMC ids and Elsevier PIIs. Wrappers are unwrapped first; shortened links yield nothing (they must be expanded).
/// </summary>
internal static class LinkReader
{
    /// <summary>
    /// False when <paramref name="link"/> is not an http(s) URL or is a shortened link. The canonical URL is
    /// only built when <paramref name="withCanonical"/> is set (it is the costly part and only URL matching needs it).
    /// </summary>
    public static bool TryRead(string? link, bool withCanonical, out LinkFacts facts)
    {
        facts = default;
        if (string.IsNullOrWhiteSpace(link))
            return false;
        string decoded = UrlNormalizer.DecodeEntities(link.Trim());
        if (!UrlParts.TryParse(decoded, allowSchemeless: true, out UrlParts parts))
            return false;
        RedirectUnwrapper.TryUnwrap(ref parts);
        if (ShortLinks.IsShortened(parts))
            return false;

        string? canonical = withCanonical ? UrlNormalizer.Canonical(parts) : null;
        string path = UrlParts.PercentDecode(parts.Path);
        if (parts.Host is "doi.org" or "dx.doi.org" or "hdl.handle.net")
        {
            string? doi = path.Length > 1 && DoiText.StartsDoi(path, 1) ? DoiText.ParseAt(path, 1, out _) : null;
            facts = new LinkFacts(canonical) { ResolverDoi = doi };
            return true;
        }
        facts = new LinkFacts(canonical)
        {
            PathDoi = PathDoi(path),
            QueryDoi = QueryDoi(parts),
            Pii = Pii(path),
            Pmid = Pmid(parts, path),
            Pmcid = Pmcid(parts, path),
        };
        return true;
    }

    private static string? PathDoi(string path)
    {
        int from = 0;
        while (true)
        {
            int at = path.IndexOf("/10.", from, StringComparison.Ordinal);
            if (at < 0)
                return null;
            string? doi = DoiText.ParseAt(path, at + 1, out _);
            if (doi is not null)
                return WithoutPreprintVersion(doi);
            from = at + 4;
        }
    }

    /// <summary>
    /// bioRxiv/medRxiv (prefix 10.1101) put the version and format after the DOI without a slash
    /// (…/10.1101/2020.06.18.160317v1.full.pdf); the DOI itself has no version.
    /// </summary>
    internal static string WithoutPreprintVersion(string doi)
    {
        if (!doi.StartsWith("10.1101/", StringComparison.Ordinal))
            return doi;
        for (int i = 8; i < doi.Length - 1; i++)
        {
            if (doi[i] == 'v' && char.IsAsciiDigit(doi[i + 1]) && char.IsAsciiDigit(doi[i - 1]))
            {
                int end = i + 1;
                while (end < doi.Length && char.IsAsciiDigit(doi[end]))
                    end++;
                if (end == doi.Length || doi[end] is '.' or '/')
                    return doi[..i];
            }
        }
        return doi;
    }

    private static string? QueryDoi(in UrlParts parts)
    {
        ReadOnlySpan<char> query = parts.Query.AsSpan();
        foreach (Range range in query.Split('&'))
        {
            ReadOnlySpan<char> pair = query[range];
            int eq = pair.IndexOf('=');
            if (eq <= 0)
                continue;
            ReadOnlySpan<char> value = pair[(eq + 1)..];
            bool doiLike = value.StartsWith("10.", StringComparison.Ordinal) || value.StartsWith("doi", StringComparison.OrdinalIgnoreCase);
            if (doiLike && !TrackingParameters.IsTracking(parts, pair[..eq]))
            {
                string? doi = DoiText.Normalize(UrlParts.PercentDecode(value.ToString()));
                if (doi is not null)
                    return doi;
            }
        }
        return null;
    }

    private static string? Pii(string path)
    {
        int at = path.IndexOf("/pii/", StringComparison.OrdinalIgnoreCase);
        int start;
        if (at >= 0)
            start = at + 5;
        else if ((at = path.IndexOf("/PIIS", StringComparison.Ordinal)) >= 0)
            start = at + 4;
        else
            return null;
        int end = path.IndexOf('/', start);
        return CompactPii(end < 0 ? path.AsSpan(start) : path.AsSpan(start, end - start));
    }

    /// <summary>Upper-case letters and digits of a PII ("S0140-6736(23)01234-5" → "S0140673623012345"); null when implausible.</summary>
    internal static string? CompactPii(ReadOnlySpan<char> pii)
    {
        Span<char> buffer = stackalloc char[Math.Min(pii.Length, 64)];
        int n = 0;
        foreach (char c in pii)
        {
            if (n == buffer.Length)
                break;
            if (char.IsAsciiLetterOrDigit(c))
                buffer[n++] = char.ToUpperInvariant(c);
        }
        return n >= 15 && buffer[0] == 'S' ? new string(buffer[..n]) : null;
    }

    private static string? Pmid(in UrlParts parts, string path)
    {
        if (parts.Host == "pubmed.ncbi.nlm.nih.gov")
            return Digits(Segment(path, 0)) ?? Digits(parts.QueryValue("term"));
        if (parts.Host == "ncbi.nlm.nih.gov" && Segment(path, 0).Equals("pubmed", StringComparison.OrdinalIgnoreCase))
            return Digits(Segment(path, 1)) ?? Digits(parts.QueryValue("term"));
        if (parts.Host == "europepmc.org" && Segment(path, 1).Equals("MED", StringComparison.OrdinalIgnoreCase))
            return Digits(Segment(path, 2));
        return null;
    }

    private static string? Pmcid(in UrlParts parts, string path)
    {
        ReadOnlySpan<char> candidate = parts.Host switch
        {
            "ncbi.nlm.nih.gov" when Segment(path, 0).Equals("pmc", StringComparison.OrdinalIgnoreCase) => Segment(path, 2),
            "pmc.ncbi.nlm.nih.gov" => Segment(path, 1),
            "europepmc.org" when Segment(path, 1).Equals("PMC", StringComparison.OrdinalIgnoreCase) => Segment(path, 2),
            "europepmc.org" when Segment(path, 0).Equals("articles", StringComparison.OrdinalIgnoreCase) => Segment(path, 1),
            _ => [],
        };
        if (candidate.StartsWith("PMC", StringComparison.OrdinalIgnoreCase))
            candidate = candidate[3..];
        return Digits(candidate) is { } digits ? "PMC" + digits : null;
    }

    /// <summary>The n-th non-empty path segment, or empty.</summary>
    private static ReadOnlySpan<char> Segment(string path, int index)
    {
        int seen = 0;
        foreach (Range range in path.AsSpan().Split('/'))
        {
            ReadOnlySpan<char> segment = path.AsSpan()[range];
            if (segment.IsEmpty)
                continue;
            if (seen++ == index)
                return segment;
        }
        return [];
    }

    private static string? Digits(ReadOnlySpan<char> value) =>
        value.Length is > 0 and <= 9 && !value.ContainsAnyExceptInRange('0', '9') ? value.ToString() : null;

    private static string? Digits(string? value) => value is null ? null : Digits(value.AsSpan().Trim());
}
