namespace SentimentMonitor.Sources.Live.Http;

/// <summary>
/// Innermost handler: counts every request actually sent (retries included) and reads the whole body inside
/// the retry pipeline, so a connection dropped mid-body is a retried fault, not a half-read page.
/// </summary>
internal sealed class BufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestContext.MeterOf(request)?.RequestSent(RequestContext.SourceOf(request));
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
