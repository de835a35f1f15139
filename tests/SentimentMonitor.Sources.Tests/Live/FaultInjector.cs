using System.Text;
using Microsoft.AspNetCore.Http;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// Writes a JSON body, or the fault asked for instead (once): 429 with the source's reset header, a 5xx, a
/// response slower than the client's timeout, a connection closed mid-body, or malformed JSON.
/// </summary>
public sealed class FaultInjector(TimeProvider clock)
{
    /// <summary>The reset instant sent with the last 429.</summary>
    public DateTimeOffset? LastReset { get; private set; }

    /// <summary>Writes the fault and returns true, or returns false when <paramref name="fault"/> is None.</summary>
    public async Task<bool> TryInjectAsync(HttpContext context, Fault fault, string body, Action<HttpResponse, DateTimeOffset> resetHeaders)
    {
        HttpResponse response = context.Response;
        switch (fault)
        {
            case Fault.None:
                return false;
            case Fault.RateLimited:
                // Whole seconds, as the epoch headers carry; 60 s ahead of the server's (fake) clock.
                DateTimeOffset reset = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds() + 60);
                LastReset = reset;
                response.StatusCode = 429;
                resetHeaders(response, reset);
                await response.WriteAsync("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}");
                return true;
            case Fault.Status500 or Fault.Status502 or Fault.Status503:
                response.StatusCode = fault switch { Fault.Status500 => 500, Fault.Status502 => 502, _ => 503 };
                await response.WriteAsync("<html>upstream error</html>");
                return true;
            case Fault.Slow:
                try { await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted); }
                catch (OperationCanceledException) { return true; }
                await response.WriteAsync(body);
                return true;
            case Fault.ClosedMidBody:
                byte[] bytes = Encoding.UTF8.GetBytes(body);
                response.ContentType = "application/json";
                response.ContentLength = bytes.Length;
                await response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await response.Body.FlushAsync();
                context.Abort();
                return true;
            case Fault.MalformedJson:
                response.ContentType = "application/json";
                await response.WriteAsync(body[..(body.Length / 3)] + "\"}]");
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault));
        }
    }
}
