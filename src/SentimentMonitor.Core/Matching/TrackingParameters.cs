namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Query parameters that only say where a click came from. Dropping them makes two shares of one page
/// compare equal; parameters that identify content (PLOS <c>?id=10.1371/…</c>, <c>?doi=</c>) are never listed here.
/// </summary>
internal static class TrackingParameters
{
    private static readonly HashSet<string> Anywhere = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "twclid", "yclid", "mc_cid", "mc_eid",
        "_hsenc", "_hsmi", "hsctatracking", "igshid", "igsh", "si", "ref", "ref_src", "ref_url",
        "cmpid", "smid", "cookieset", "sr_share", "__twitter_impression",
    };

    // Substack's referral code; on other hosts "r" may be meaningful.
    private static readonly HashSet<string> Substack = new(StringComparer.OrdinalIgnoreCase) { "r", "s" };

    // NEJM adds ?query=featured_home / ?emp=marcom to shared links; neither picks content.
    private static readonly HashSet<string> Nejm = new(StringComparer.OrdinalIgnoreCase) { "emp", "query", "cid" };

    /// <summary>True when the parameter <paramref name="name"/> on <paramref name="parts"/>' host is tracking only.</summary>
    public static bool IsTracking(in UrlParts parts, ReadOnlySpan<char> name)
    {
        if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
            return true;
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> anywhere = Anywhere.GetAlternateLookup<ReadOnlySpan<char>>();
        if (anywhere.Contains(name))
            return true;
        if (parts.HostIs("substack.com") && Substack.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            return true;
        return parts.HostIs("nejm.org") && Nejm.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }
}
