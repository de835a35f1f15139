namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Recovers the real target of cookie walls, consent pages and click-through redirectors that carry it in a
/// query string (seen in resolved tweet URLs: consent.google.com/ml?continue=…, google.com/url?url=…,
/// slate.com/gdpr?redirect_uri=…&amp;redirect_host=…, facebook.com/login/?next=…). Only unwraps when the page
/// is clearly a wrapper (a known host, or a path that says consent/cookie/gdpr/redirect/login) and the value
/// is itself an absolute http(s) URL, so ordinary links with a URL-valued parameter are left alone.
/// </summary>
internal static class RedirectUnwrapper
{
    private const int MaxDepth = 4;

    private static readonly string[] TargetParameters =
        ["url", "u", "continue", "next", "redirect", "redirect_uri", "redirect_url", "redirecturl",
         "return", "returnurl", "return_to", "target", "dest", "destination", "z", "q"];

    private static readonly string[] WrapperHosts =
        ["consent.google.com", "consent.youtube.com", "news.google.com", "l.facebook.com", "lm.facebook.com",
         "l.instagram.com", "l.messenger.com", "out.reddit.com", "safelinks.protection.outlook.com", "t.umblr.com",
         "linkedin.com"];

    private static readonly string[] WrapperPathHints =
        ["consent", "cookie", "gdpr", "redirect", "redir", "login", "/url", "/l.php", "/out", "/link"];

    /// <summary>The innermost wrapped URL, or <paramref name="url"/> itself when it is not a wrapper.</summary>
    public static string Unwrap(string url)
    {
        if (!UrlParts.TryParse(url, allowSchemeless: false, out UrlParts parts))
            return url;
        string? inner = null;
        for (int depth = 0; depth < MaxDepth && MayWrap(parts); depth++)
        {
            string? next = Inner(parts);
            if (next is null || !UrlParts.TryParse(next, allowSchemeless: false, out parts))
                break;
            inner = next;
        }
        return inner ?? url;
    }

    /// <summary>Replaces <paramref name="parts"/> by the innermost wrapped URL; false when it is not a wrapper.</summary>
    public static bool TryUnwrap(ref UrlParts parts)
    {
        bool unwrapped = false;
        for (int depth = 0; depth < MaxDepth && MayWrap(parts); depth++)
        {
            string? next = Inner(parts);
            if (next is null || !UrlParts.TryParse(next, allowSchemeless: false, out UrlParts inner))
                break;
            parts = inner;
            unwrapped = true;
        }
        return unwrapped;
    }

    // Cheap filter run on every link: a wrapped target shows up as an absolute or root-relative URL value.
    private static bool MayWrap(in UrlParts parts) =>
        parts.Query.Length > 0 &&
        (parts.Query.Contains("http", StringComparison.OrdinalIgnoreCase) || parts.Query.Contains("=%2F", StringComparison.OrdinalIgnoreCase) || parts.Query.Contains("=/", StringComparison.Ordinal));

    private static string? Inner(in UrlParts parts)
    {
        if (!LooksLikeWrapper(parts))
            return null;
        foreach (string name in TargetParameters)
        {
            // "q" is a search box on most sites; only google.*/url uses it for the target.
            if (name == "q" && !parts.Path.Equals("/url", StringComparison.Ordinal))
                continue;
            string? value = parts.QueryValue(name);
            if (value is null)
                continue;
            if (IsAbsoluteHttp(value))
                return value;
            // slate.com/gdpr?redirect_uri=%2Farticles%2F…&redirect_host=http%3A%2F%2Fwww.slate.com
            if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
            {
                string? host = parts.QueryValue("redirect_host");
                string origin = host is not null && IsAbsoluteHttp(host) ? host.TrimEnd('/') : "https://" + parts.Host;
                return origin + value;
            }
        }
        return null;
    }

    private static bool LooksLikeWrapper(in UrlParts parts)
    {
        foreach (string host in WrapperHosts)
        {
            if (parts.HostIs(host))
                return true;
        }
        if (parts.Host.StartsWith("google.", StringComparison.Ordinal) && parts.Path.Equals("/url", StringComparison.Ordinal))
            return true;
        foreach (string hint in WrapperPathHints)
        {
            if (parts.Path.Contains(hint, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool IsAbsoluteHttp(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
