using System.Text.Json;
using SentimentMonitor.Core.Collection;

namespace SentimentMonitor.Sources.Live.Http;

/// <summary>
/// Sends one API request through the resilient client and parses the JSON. A malformed 2xx body is fetched
/// again (twice at most); what retries cannot fix becomes a one-line, redacted <see cref="SourceException"/>.
/// </summary>
internal sealed class JsonFetcher(HttpClient http, SecretRedactor redactor)
{
    public const int MalformedRetries = 2;

    public SecretRedactor Redactor { get; } = redactor;

    public async Task<JsonResponse> SendAsync(Func<HttpRequestMessage> build, string source, CollectionMeter? meter, CancellationToken ct)
    {
        for (int attempt = 0; ; attempt++)
        {
            using HttpRequestMessage request = build().Tag(source, meter);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (Exception ex) when (SourceHttpClientFactory.IsNetworkFault(ex) && !ct.IsCancellationRequested)
            {
                throw new SourceException(source, Redactor.Redact($"{request.RequestUri?.GetLeftPart(UriPartial.Path)} failed after retries: {ex.Message}"), inner: null);
            }
            using (response)
            {
                string body = await response.Content.ReadAsStringAsync(ct);
                try
                {
                    JsonDocument? doc = string.IsNullOrWhiteSpace(body) ? null : JsonDocument.Parse(body);
                    return new JsonResponse(response.StatusCode, response.Headers, doc);
                }
                catch (JsonException ex)
                {
                    if (response.IsSuccessStatusCode && attempt < MalformedRetries)
                    {
                        meter?.Note(source, "malformed JSON in a response; fetching the page again");
                        continue;
                    }
                    if (!response.IsSuccessStatusCode)
                        return new JsonResponse(response.StatusCode, response.Headers, null);
                    throw new SourceException(source, $"malformed JSON from {request.RequestUri?.GetLeftPart(UriPartial.Path)} (line {ex.LineNumber + 1}): the page was not stored; run again to resume");
                }
            }
        }
    }
}
