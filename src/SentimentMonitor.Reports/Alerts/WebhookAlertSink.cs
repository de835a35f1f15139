using System.Net.Http.Json;
using Polly;
using Polly.Retry;
using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Reports.Alerts;

/// <summary>
/// POSTs each alert as JSON to a webhook, retrying network errors, timeouts and non-2xx answers with exponential
/// backoff (Polly). After the last attempt it throws <see cref="AlertDeliveryException"/>, which names only the host:
/// webhook URLs often carry a secret token in their path.
/// </summary>
public sealed class WebhookAlertSink : IAlertSink
{
    private readonly HttpClient _http;
    private readonly Uri _url;
    private readonly ResiliencePipeline _pipeline;
    private readonly int _attempts;

    public WebhookAlertSink(HttpClient http, Uri url, int retries, TimeSpan firstDelay, TimeProvider? time = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _url = url ?? throw new ArgumentNullException(nameof(url));
        _attempts = retries + 1;
        ResiliencePipelineBuilder builder = new();
        if (time is not null)
            builder.TimeProvider = time;
        if (retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                Delay = firstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TimeoutException>()
                    .Handle<TaskCanceledException>(),
            });
        }
        _pipeline = builder.Build();
    }

    /// <summary>The body sent: event, rule, kind, publication, message, value, count, at.</summary>
    public static object Payload(AlertEvent alert) => new
    {
        @event = alert.Kind == AlertEventKind.Raised ? "raised" : "cleared",
        rule = alert.Check.Rule.Name,
        kind = DomainSlugs.Slug(alert.Check.Rule.Kind),
        publication = alert.Check.PublicationKey,
        title = alert.Check.PublicationName,
        message = alert.Check.Message,
        value = alert.Check.Value,
        count = alert.Check.Count,
        at = alert.At.UtcDateTime,
        text = alert.Describe(),
    };

    public async Task DeliverAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        try
        {
            await _pipeline.ExecuteAsync(async ct =>
            {
                using HttpResponseMessage response = await _http.PostAsJsonAsync(_url, Payload(alert), ct);
                if (!response.IsSuccessStatusCode)
                    throw new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode);
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new AlertDeliveryException($"webhook {_url.Scheme}://{_url.Authority}/… failed after {_attempts} attempts: {ex.Message}", ex);
        }
    }
}
