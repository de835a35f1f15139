using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SentimentMonitor.Sources.Live.Http;

/// <summary>A response whose body was read and parsed: status, headers and the JSON (null when the body was empty).</summary>
internal sealed class JsonResponse(HttpStatusCode status, HttpResponseHeaders headers, JsonDocument? body) : IDisposable
{
    public HttpStatusCode Status { get; } = status;
    public HttpResponseHeaders Headers { get; } = headers;
    public JsonDocument? Body { get; } = body;
    public bool Ok => (int)Status is >= 200 and < 300;

    /// <summary>The API's own error code when it gives one (Bluesky "ExpiredToken", X problem type…).</summary>
    public string? ErrorCode => Str("error") ?? Str("type");

    /// <summary>One line from the error body: X problem title/detail, Bluesky error/message, Mastodon error/error_description.</summary>
    public string Describe()
    {
        string?[] parts = [Str("title"), Str("detail"), Str("error"), Str("message"), Str("error_description")];
        string text = string.Join(": ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct());
        return $"HTTP {(int)Status}" + (text.Length > 0 ? $" ({text})" : "");
    }

    public void Dispose() => Body?.Dispose();

    private string? Str(string name) =>
        Body is { RootElement.ValueKind: JsonValueKind.Object } b && b.RootElement.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
