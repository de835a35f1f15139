namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Recognises links whose target is hidden behind a URL shortener (t.co, bit.ly, nej.mn, shortDOI…). Matching
/// never fires on them; the collector expands them by following redirects and matches the result.
/// </summary>
public static class ShortLinks
{
    private static readonly HashSet<string> Hosts = new(StringComparer.Ordinal)
    {
        // general-purpose shorteners
        "t.co", "bit.ly", "bitly.com", "j.mp", "buff.ly", "ow.ly", "ht.ly", "owl.li", "tinyurl.com", "lnkd.in",
        "dlvr.it", "trib.al", "goo.gl", "ift.tt", "is.gd", "v.gd", "tiny.cc", "t.ly", "cutt.ly", "rebrand.ly",
        "shorturl.at", "bit.do", "shar.es", "po.st", "su.pr", "tr.im", "x.co", "s.id", "fb.me", "wp.me",
        "amzn.to", "hubs.la", "hubs.ly", "spr.ly", "sprout.link", "dld.bz", "mol.im", "flip.it", "linktr.ee",
        // news and publisher shorteners common around medical papers
        "nej.mn", "jamanet.work", "ja.ma", "plos.io", "scim.ag", "go.nature.com", "rdcu.be",
        "nyti.ms", "wapo.st", "bbc.in", "reut.rs", "econ.st", "cnn.it", "n.pr", "on.ft.com", "bloom.bg", "abcn.ws",
        "apne.ws", "nbcnews.to", "cbsn.ws", "ti.me", "shortdoi.org",
    };

    /// <summary>
    /// True when <paramref name="url"/> is a shortened link that must be expanded before matching,
    /// including shortDOIs (<c>doi.org/abcde</c>, <c>doi.org/10/abcde</c>) which are not DOI syntax.
    /// </summary>
    public static bool IsShortened(string? url)
    {
        return UrlParts.TryParse(url, allowSchemeless: true, out UrlParts parts) && IsShortened(parts);
    }

    internal static bool IsShortened(in UrlParts parts)
    {
        if (Hosts.Contains(parts.Host))
            return parts.Path.Trim('/').Length > 0;
        return IsShortDoi(parts);
    }

    /// <summary>True for a doi.org shortDOI such as <c>https://doi.org/bxyz</c> or <c>doi.org/10/bxyz</c>.</summary>
    public static bool IsShortDoi(string? url) =>
        UrlParts.TryParse(url, allowSchemeless: true, out UrlParts parts) && IsShortDoi(parts);

    private static bool IsShortDoi(in UrlParts parts)
    {
        if (parts.Host != "doi.org" && parts.Host != "dx.doi.org")
            return false;
        ReadOnlySpan<char> path = parts.Path.AsSpan().Trim('/');
        if (path.StartsWith("10/", StringComparison.Ordinal))
            path = path[3..];
        else if (path.StartsWith("10.", StringComparison.Ordinal))
            return false;
        return path.Length > 0 && !path.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    }
}
