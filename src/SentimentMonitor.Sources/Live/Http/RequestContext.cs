using SentimentMonitor.Core.Collection;

namespace SentimentMonitor.Sources.Live.Http;

/// <summary>
/// Per-request tags the handlers read: which source a request belongs to (for rate limits and counting) and
/// the run's meter. Carried in <see cref="HttpRequestMessage.Options"/> so one HttpClient serves every run.
/// </summary>
internal static class RequestContext
{
    public static readonly HttpRequestOptionsKey<string> Source = new("sentimentmonitor.source");
    public static readonly HttpRequestOptionsKey<CollectionMeter> Meter = new("sentimentmonitor.meter");

    public static HttpRequestMessage Tag(this HttpRequestMessage request, string source, CollectionMeter? meter)
    {
        request.Options.Set(Source, source);
        if (meter is not null)
            request.Options.Set(Meter, meter);
        return request;
    }

    public static string SourceOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Source, out string? s) ? s : request.RequestUri?.Host ?? "http";

    public static CollectionMeter? MeterOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Meter, out CollectionMeter? m) ? m : null;
}
