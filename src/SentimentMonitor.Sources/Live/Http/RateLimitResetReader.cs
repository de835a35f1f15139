using System.Globalization;
using System.Net.Http.Headers;

namespace SentimentMonitor.Sources.Live.Http;

/// <summary>
/// Reads when a rate-limit window reopens from each source's headers: X <c>x-rate-limit-reset</c> and Bluesky
/// <c>ratelimit-reset</c> (epoch seconds), Mastodon <c>X-RateLimit-Reset</c> (ISO-8601), else <c>Retry-After</c>.
/// </summary>
public static class RateLimitResetReader
{
    /// <summary>The reset instant, or null when no header says.</summary>
    public static DateTimeOffset? Reset(HttpResponseMessage response, DateTimeOffset now)
    {
        HttpResponseHeaders h = response.Headers;
        foreach (string name in (string[])["x-rate-limit-reset", "ratelimit-reset", "X-RateLimit-Reset"])
        {
            if (!h.TryGetValues(name, out IEnumerable<string>? values))
                continue;
            string value = values.First().Trim();
            if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long epoch))
                return DateTimeOffset.FromUnixTimeSeconds(epoch);
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset iso))
                return iso;
        }
        if (h.RetryAfter?.Delta is { } delta)
            return now + delta;
        if (h.RetryAfter?.Date is { } date)
            return date;
        return null;
    }

    /// <summary>Remaining requests in the window, or null when not reported.</summary>
    public static long? Remaining(HttpResponseMessage response)
    {
        foreach (string name in (string[])["x-rate-limit-remaining", "ratelimit-remaining", "X-RateLimit-Remaining"])
        {
            if (response.Headers.TryGetValues(name, out IEnumerable<string>? values)
                && long.TryParse(values.First(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
                return n;
        }
        return null;
    }
}
