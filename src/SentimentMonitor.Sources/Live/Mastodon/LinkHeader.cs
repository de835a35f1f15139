using System.Net.Http.Headers;

namespace SentimentMonitor.Sources.Live.Mastodon;

/// <summary>Reads RFC 8288 Link headers as Mastodon sends them: <c>&lt;url&gt;; rel="next", &lt;url&gt;; rel="prev"</c>.</summary>
public static class LinkHeader
{
    /// <summary>The URL with the given rel, or null.</summary>
    public static Uri? Find(HttpResponseHeaders headers, string rel) =>
        headers.TryGetValues("Link", out IEnumerable<string>? values) ? Find(string.Join(",", values), rel) : null;

    public static Uri? Find(string header, string rel)
    {
        foreach (string part in header.Split(','))
        {
            int open = part.IndexOf('<');
            int close = part.IndexOf('>', open + 1);
            if (open < 0 || close < 0)
                continue;
            string attributes = part[(close + 1)..];
            bool match = attributes.Split(';').Select(a => a.Trim()).Any(a =>
                a.Equals($"rel=\"{rel}\"", StringComparison.OrdinalIgnoreCase) || a.Equals($"rel={rel}", StringComparison.OrdinalIgnoreCase));
            if (match && Uri.TryCreate(part[(open + 1)..close].Trim(), UriKind.Absolute, out Uri? uri))
                return uri;
        }
        return null;
    }

    /// <summary>A query parameter of a URL (e.g. max_id), or null.</summary>
    public static string? Parameter(Uri? uri, string name)
    {
        if (uri is null)
            return null;
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            if (eq > 0 && Uri.UnescapeDataString(pair[..eq]) == name)
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return null;
    }
}
