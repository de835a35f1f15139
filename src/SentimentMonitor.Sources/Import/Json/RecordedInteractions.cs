using System.Text.Json;

namespace SentimentMonitor.Sources.Import.Json;

/// <summary>
/// Unwraps the HTTP-recording envelope the fixtures use:
/// <c>{"interactions":[{"request":{…},"response":{"status":200,"body":…}}]}</c>. Only successful bodies count.
/// </summary>
internal static class RecordedInteractions
{
    public static bool IsEnvelope(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.Array("interactions"u8) is not null && root.Child("data"u8) is null;

    /// <summary>Bodies of 2xx responses (or responses without a status), in recording order.</summary>
    public static IEnumerable<JsonElement> SuccessfulBodies(JsonElement envelope)
    {
        foreach (JsonElement interaction in envelope.GetProperty("interactions"u8).EnumerateArray())
        {
            if (interaction.Object("response"u8) is not { } response || response.Child("body"u8) is not { } body)
                continue;
            long status = response.Long("status"u8) ?? 200;
            if (status is >= 200 and < 300 && body.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                yield return body;
        }
    }
}
