using System.Net;
using System.Text;

namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Canonical form of a URL so that two shares of one page compare equal: cookie-wall/redirect wrappers
/// unwrapped, scheme always <c>https://</c>, host lower-cased without <c>www.</c>, default port, trailing slash and
/// <c>#fragment</c> dropped, tracking parameters (utm_*, fbclid, gclid, mc_cid, si, ref, Substack r, NEJM emp/query…)
/// removed, other parameters kept in their order. Path case is kept: paths are case-sensitive on most servers.
/// </summary>
public static class UrlNormalizer
{
    /// <summary>
    /// Canonical form of <paramref name="url"/>, or null when it is not an http(s) URL.
    /// Input without a scheme ("www.nejm.org/doi/…") is accepted as typed by a user.
    /// </summary>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        string decoded = DecodeEntities(url.Trim());
        if (!UrlParts.TryParse(decoded, allowSchemeless: true, out UrlParts parts))
            return null;
        RedirectUnwrapper.TryUnwrap(ref parts);
        return Canonical(parts);
    }

    /// <summary>True when both are http(s) URLs with the same canonical form.</summary>
    public static bool AreEquivalent(string? a, string? b)
    {
        string? left = Normalize(a);
        return left is not null && left == Normalize(b);
    }

    /// <summary>The target inside a cookie-wall or redirect wrapper, or <paramref name="url"/> unchanged.</summary>
    public static string Unwrap(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return RedirectUnwrapper.Unwrap(DecodeEntities(url.Trim()));
    }

    internal static string Canonical(in UrlParts parts)
    {
        StringBuilder sb = new(parts.Host.Length + parts.Path.Length + parts.Query.Length + 12);
        sb.Append("https://").Append(parts.Host);
        if (parts.Port.Length > 0)
            sb.Append(':').Append(parts.Port);
        ReadOnlySpan<char> path = parts.Path.AsSpan().TrimEnd('/');
        int pathStart = sb.Length;
        sb.Append(path);
        // %2f and %2F are the same byte; upper-case escapes so both spellings compare equal.
        for (int i = pathStart; i < sb.Length - 2; i++)
        {
            if (sb[i] == '%')
            {
                sb[i + 1] = char.ToUpperInvariant(sb[i + 1]);
                sb[i + 2] = char.ToUpperInvariant(sb[i + 2]);
            }
        }
        AppendKeptQuery(sb, parts);
        return sb.ToString();
    }

    /// <summary>Mastodon/X payloads sometimes carry "&amp;amp;" in hrefs; decode before splitting the query.</summary>
    internal static string DecodeEntities(string url) =>
        url.Contains('&') && url.Contains(';') ? WebUtility.HtmlDecode(url) : url;

    private static void AppendKeptQuery(StringBuilder sb, in UrlParts parts)
    {
        bool first = true;
        ReadOnlySpan<char> query = parts.Query.AsSpan();
        foreach (Range range in query.Split('&'))
        {
            ReadOnlySpan<char> pair = query[range];
            if (pair.IsEmpty)
                continue;
            int eq = pair.IndexOf('=');
            ReadOnlySpan<char> name = eq < 0 ? pair : pair[..eq];
            if (TrackingParameters.IsTracking(parts, name))
                continue;
            sb.Append(first ? '?' : '&').Append(pair);
            first = false;
        }
    }
}
