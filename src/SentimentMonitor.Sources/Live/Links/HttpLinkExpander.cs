using System.Net;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Sources.Live.Links;

/// <summary>
/// Expands shortened links (t.co, bit.ly, buff.ly, ow.ly, lnkd.in, shortDOIs…) by following redirects: HEAD first,
/// GET (headers only, body never read) when HEAD is refused; at most <see cref="MaxHops"/> hops; a few links at a
/// time; a timeout per link. Results, failures included, go to the <see cref="ILinkCache"/>.
/// </summary>
public sealed class HttpLinkExpander : ILinkExpander
{
    public const int MaxHops = 5;
    private readonly HttpClient _http;
    private readonly ILinkCache _cache;
    private readonly TimeProvider _time;
    private readonly Func<string, bool> _isShortened;
    private readonly int _concurrency;
    private readonly TimeSpan _timeout;

    /// <param name="http">A client that does NOT follow redirects itself (AllowAutoRedirect = false).</param>
    public HttpLinkExpander(HttpClient http, ILinkCache cache, TimeProvider time, Func<string, bool>? isShortened = null, int concurrency = 4, TimeSpan? timeout = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _isShortened = isShortened ?? ShortLinks.IsShortened;
        _concurrency = Math.Max(1, concurrency);
        _timeout = timeout ?? TimeSpan.FromSeconds(10);
    }

    /// <summary>Network resolutions made (cache misses), for measurements.</summary>
    public int Resolutions => _resolutions;
    private int _resolutions;

    /// <summary>A plain client for expansion: no redirects followed, no automatic retries, short connect timeout.</summary>
    public static HttpClient CreateClient(string userAgent = "SentimentMonitor/1.0")
    {
        HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return client;
    }

    public async Task<IReadOnlyDictionary<string, string>> ExpandAsync(IReadOnlyCollection<string> links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        Dictionary<string, string> result = new(StringComparer.Ordinal);
        List<string> todo = [];
        foreach (string link in links.Distinct(StringComparer.Ordinal))
        {
            if (!_isShortened(link))
                continue;
            if (_cache.TryGetLink(link, out string? cached, out _))
            {
                if (cached is not null)
                    result[link] = cached;
            }
            else
                todo.Add(link);
        }
        if (todo.Count == 0)
            return result;

        (string Link, string? Target)[] resolved = new (string, string?)[todo.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, todo.Count), new ParallelOptions { MaxDegreeOfParallelism = _concurrency, CancellationToken = cancellationToken },
            async (i, ct) => resolved[i] = (todo[i], await ResolveAsync(todo[i], ct)));
        _cache.PutLinks(resolved, _time.GetUtcNow());
        foreach ((string link, string? target) in resolved)
            if (target is not null)
                result[link] = target;
        return result;
    }

    /// <summary>The final URL after redirects, or null when it cannot be reached within the hop limit and timeout.</summary>
    public async Task<string?> ResolveAsync(string link, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _resolutions);
        if (!Uri.TryCreate(link.Contains("://") ? link : "https://" + link, UriKind.Absolute, out Uri? current))
            return null;
        using CancellationTokenSource timeout = new(_timeout, _time);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            for (int hop = 0; hop <= MaxHops; hop++)
            {
                // Stop on the first target that is no longer a shortener: doi.org/10.… is the best evidence,
                // and following it on to a publisher page could lose the DOI.
                if (hop > 0 && !_isShortened(current.AbsoluteUri))
                    return current.AbsoluteUri;
                Uri? next = await NextAsync(current, linked.Token);
                if (next is null)
                    return current.AbsoluteUri;
                if (hop == MaxHops)
                    return null; // still redirecting after the limit: a loop or a chain we will not follow
                current = next;
            }
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or HttpIOException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    /// <summary>Where <paramref name="url"/> redirects to, or null when it does not redirect.</summary>
    private async Task<Uri?> NextAsync(Uri url, CancellationToken ct)
    {
        using (HttpRequestMessage head = new(HttpMethod.Head, url))
        using (HttpResponseMessage response = await _http.SendAsync(head, HttpCompletionOption.ResponseHeadersRead, ct))
        {
            if (Redirect(response, url) is { } target)
                return target;
            if (response.IsSuccessStatusCode)
                return null;
        }
        // Some shorteners refuse HEAD (405, 403, 404): ask with GET but read only the headers.
        using HttpRequestMessage get = new(HttpMethod.Get, url);
        using HttpResponseMessage answer = await _http.SendAsync(get, HttpCompletionOption.ResponseHeadersRead, ct);
        return Redirect(answer, url);
    }

    private static Uri? Redirect(HttpResponseMessage response, Uri from)
    {
        int status = (int)response.StatusCode;
        if (status is < 300 or > 399 || response.StatusCode == HttpStatusCode.NotModified || response.Headers.Location is not { } location)
            return null;
        return location.IsAbsoluteUri ? location : new Uri(from, location);
    }
}
