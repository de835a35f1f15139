namespace SentimentMonitor.Core.Matching;

/// <summary>
/// The pieces of an http(s) URL that matching cares about, split by hand: <see cref="Uri"/> is slower,
/// rejects some real-world links (unescaped spaces, odd ports) and would re-escape paths.
/// </summary>
internal readonly record struct UrlParts(string Host, string Port, string Path, string Query)
{
    /// <summary>
    /// Splits <paramref name="url"/>. The scheme must be http or https; when <paramref name="allowSchemeless"/>
    /// is set, "nejm.org/doi/…" style input (host with a dot, no spaces) is accepted as https.
    /// The host comes back lower-cased without "www." or a trailing dot; default ports are dropped;
    /// the fragment is discarded; path and query are kept as written.
    /// </summary>
    public static bool TryParse(string? url, bool allowSchemeless, out UrlParts parts)
    {
        parts = default;
        if (string.IsNullOrWhiteSpace(url))
            return false;
        ReadOnlySpan<char> s = url.AsSpan().Trim();
        int schemeEnd = s.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            ReadOnlySpan<char> scheme = s[..schemeEnd];
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
                return false;
            s = s[(schemeEnd + 3)..];
        }
        else if (!allowSchemeless || s.StartsWith("//") || s.ContainsAny(' ', '\t', '\n') || LooksLikeOtherScheme(s))
        {
            return false;
        }

        int hash = s.IndexOf('#');
        if (hash >= 0)
            s = s[..hash];
        int authorityEnd = s.IndexOfAny('/', '?');
        ReadOnlySpan<char> authority = authorityEnd < 0 ? s : s[..authorityEnd];
        ReadOnlySpan<char> rest = authorityEnd < 0 ? [] : s[authorityEnd..];

        int at = authority.LastIndexOf('@');
        if (at >= 0)
            authority = authority[(at + 1)..];
        string port = "";
        int colon = authority.LastIndexOf(':');
        if (colon >= 0)
        {
            ReadOnlySpan<char> portSpan = authority[(colon + 1)..];
            if (!portSpan.SequenceEqual("80") && !portSpan.SequenceEqual("443"))
                port = portSpan.ToString();
            authority = authority[..colon];
        }
        authority = authority.TrimEnd('.');
        if (authority.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            authority = authority[4..];
        if (authority.IsEmpty || authority.IndexOf('.') < 0 && !authority.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return false;

        int question = rest.IndexOf('?');
        ReadOnlySpan<char> path = question < 0 ? rest : rest[..question];
        ReadOnlySpan<char> query = question < 0 ? [] : rest[(question + 1)..];
        parts = new UrlParts(authority.ToString().ToLowerInvariant(), port, path.ToString(), query.ToString());
        return true;
    }

    /// <summary>"mailto:x@y", "at://…", "doi:10…": a colon before the path that is not a port.</summary>
    private static bool LooksLikeOtherScheme(ReadOnlySpan<char> s)
    {
        int colon = s.IndexOf(':');
        int slash = s.IndexOf('/');
        if (colon < 0 || (slash >= 0 && slash < colon))
            return s.IndexOf('@') >= 0 && (slash < 0 || s.IndexOf('@') < slash);
        return colon + 1 >= s.Length || !char.IsAsciiDigit(s[colon + 1]);
    }

    /// <summary>True when the host is <paramref name="domain"/> or a subdomain of it.</summary>
    public bool HostIs(string domain) =>
        Host.Length == domain.Length
            ? Host.Equals(domain, StringComparison.Ordinal)
            : Host.EndsWith(domain, StringComparison.Ordinal) && Host[Host.Length - domain.Length - 1] == '.';

    /// <summary>The value of the first query parameter named <paramref name="name"/> (case-insensitive), percent-decoded.</summary>
    public string? QueryValue(string name)
    {
        foreach (Range range in Query.AsSpan().Split('&'))
        {
            ReadOnlySpan<char> pair = Query.AsSpan()[range];
            int eq = pair.IndexOf('=');
            if (eq > 0 && pair[..eq].Equals(name, StringComparison.OrdinalIgnoreCase))
                return PercentDecode(pair[(eq + 1)..].ToString());
        }
        return null;
    }

    /// <summary>Decodes %XX escapes, leaving malformed ones (and '+') as written.</summary>
    public static string PercentDecode(string value)
    {
        if (value.IndexOf('%') < 0)
            return value;
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
