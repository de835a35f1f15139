using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SentimentMonitor.Sources.Live.Http;

/// <summary>
/// Builds the HttpClient every live client uses: rate limits (outside) → Polly retries with jittered
/// exponential backoff and a per-attempt timeout → body buffering and request counting (inside). All waits
/// run on the given <see cref="TimeProvider"/>.
/// </summary>
public static class SourceHttpClientFactory
{
    public static HttpClient Create(TimeProvider time, SourceHttpOptions? options = null, HttpMessageHandler? transport = null)
    {
        options ??= new SourceHttpOptions();
        ResiliencePipeline<HttpResponseMessage> pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

        SocketsHttpHandler sockets = new()
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        };
        BufferingHandler buffering = new() { InnerHandler = transport ?? sockets };
        ResilienceHandler resilience = new(pipeline) { InnerHandler = buffering };
        RateLimitHandler limits = new(time, options) { InnerHandler = resilience };
        HttpClient client = new(limits) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    /// <summary>5xx, 408, timeouts and dropped connections are worth another try; 429 is the rate-limit handler's job.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: { } ex } => IsNetworkFault(ex),
        { Result: { } r } => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    /// <summary>Dropped or refused connections and timeouts; not local faults such as a missing file.</summary>
    public static bool IsNetworkFault(Exception ex) =>
        ex is HttpRequestException or HttpIOException or TimeoutRejectedException
        || (ex is IOException && ex.InnerException is System.Net.Sockets.SocketException);
}
