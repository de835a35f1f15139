using System.Net;
using SentimentMonitor.Core.Collection;

namespace SentimentMonitor.Sources.Live.Http;

/// <summary>
/// Obeys each source's rate limits: on 429 waits until the reset the headers give (+1 s, as X asks) and
/// sends again; when a response says no requests remain, waits before the next one; keeps a minimum
/// interval between requests of one source (X archive: 1 request/s). Outside the retry pipeline, so a
/// 429 never burns transient-fault retries.
/// </summary>
internal sealed class RateLimitHandler(TimeProvider time, SourceHttpOptions options) : DelegatingHandler
{
    private readonly Dictionary<string, DateTimeOffset> _notBefore = [];
    private readonly Lock _gate = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string source = RequestContext.SourceOf(request);
        CollectionMeter? meter = RequestContext.MeterOf(request);
        for (int attempt = 0; ; attempt++)
        {
            await RateLimitWaiter.WaitAsync(NotBefore(source) - time.GetUtcNow(), source, meter, time, cancellationToken);
            Remember(source, time.GetUtcNow() + options.MinInterval(source));
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            DateTimeOffset now = time.GetUtcNow();
            DateTimeOffset? reset = RateLimitResetReader.Reset(response, now);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                if (RateLimitResetReader.Remaining(response) == 0 && reset is { } r)
                    Remember(source, Clamp(r + options.ResetMargin, now));
                return response;
            }
            if (attempt >= options.MaxRateLimitWaits)
                return response;
            response.Dispose();
            DateTimeOffset resumeAt = reset is { } rr ? Clamp(rr + options.ResetMargin, now) : now + options.DefaultRateLimitWait;
            meter?.Note(source, $"rate limited; waiting {(resumeAt - now).TotalSeconds:0} s until the window resets");
            await RateLimitWaiter.WaitAsync(resumeAt - now, source, meter, time, cancellationToken);
        }
    }

    /// <summary>Never wait less than a second nor more than the cap (a bad clock or header must not hang a run).</summary>
    private DateTimeOffset Clamp(DateTimeOffset at, DateTimeOffset now)
    {
        if (at < now + TimeSpan.FromSeconds(1))
            return now + TimeSpan.FromSeconds(1);
        return at > now + options.MaxRateLimitWait ? now + options.MaxRateLimitWait : at;
    }

    private DateTimeOffset NotBefore(string source)
    {
        lock (_gate)
            return _notBefore.TryGetValue(source, out DateTimeOffset at) ? at : DateTimeOffset.MinValue;
    }

    private void Remember(string source, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (!_notBefore.TryGetValue(source, out DateTimeOffset current) || at > current)
                _notBefore[source] = at;
        }
    }
}
