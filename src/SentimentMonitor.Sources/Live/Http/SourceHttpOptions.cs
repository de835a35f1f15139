namespace SentimentMonitor.Sources.Live.Http;

/// <summary>Timeouts, retry and rate-limit settings of the live clients. Defaults suit the public APIs; tests shrink them.</summary>
public sealed record SourceHttpOptions
{
    /// <summary>Longest one attempt may take, body included.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Retries after the first attempt on 5xx, 408, timeouts and dropped connections.</summary>
    public int MaxRetries { get; init; } = 3;
    /// <summary>Base of the jittered exponential backoff.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>Added to a reset time before sending again (X asks for reset + 1 s).</summary>
    public TimeSpan ResetMargin { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Wait on a 429 that carries no reset header.</summary>
    public TimeSpan DefaultRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Cap on one rate-limit wait (X windows are 15 minutes).</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(16);
    /// <summary>Consecutive 429s on one request before giving up.</summary>
    public int MaxRateLimitWaits { get; init; } = 4;
    /// <summary>Minimum gap between requests per source name (e.g. "x:archive" → 1 s).</summary>
    public IReadOnlyDictionary<string, TimeSpan> MinIntervals { get; init; } = new Dictionary<string, TimeSpan> { ["x:archive"] = TimeSpan.FromSeconds(1) };
    /// <summary>Sent as User-Agent; Crossref's polite pool also wants a mailto.</summary>
    public string UserAgent { get; init; } = "SentimentMonitor/1.0";

    public TimeSpan MinInterval(string source) => MinIntervals.TryGetValue(source, out TimeSpan t) ? t : TimeSpan.Zero;
}
