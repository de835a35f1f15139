using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SentimentMonitor.Sources.Import.Json;

/// <summary>
/// Writes a record back as compact JSON (no indentation, non-ASCII kept as UTF-8 instead of \u escapes):
/// the raw record dominates database size, so saved responses and python-style ", " separators are squeezed out.
/// </summary>
public static class CompactJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The element as compact JSON.</summary>
    public static string Write(JsonElement element) => Write(element, default);

    /// <summary>The object as compact JSON without one top-level property (e.g. twarc's per-line "__twarc" metadata).</summary>
    public static string Write(JsonElement element, ReadOnlySpan<byte> skipProperty)
    {
        ArrayBufferWriter<byte> buffer = _buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (Utf8JsonWriter writer = new(buffer, WriterOptions))
        {
            if (skipProperty.IsEmpty || element.ValueKind != JsonValueKind.Object)
            {
                element.WriteTo(writer);
            }
            else
            {
                writer.WriteStartObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!property.NameEquals(skipProperty))
                        property.WriteTo(writer);
                }
                writer.WriteEndObject();
            }
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
