using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace SentimentMonitor.Sources.Import.Json;

/// <summary>
/// Writes a record back as compact JSON: whitespace outside strings removed and \uXXXX escapes of non-ASCII
/// characters turned back into UTF-8 (python's json.dumps writes both). The raw record dominates database size,
/// and copying the original bytes this way is several times cheaper than re-serialising the element.
/// </summary>
public static class CompactJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The element as compact JSON.</summary>
    public static string Write(JsonElement element) => Write(element, default);

    /// <summary>The object as compact JSON without one top-level property (e.g. twarc's per-line "__twarc" metadata).</summary>
    public static string Write(JsonElement element, ReadOnlySpan<byte> skipProperty)
    {
        ArrayBufferWriter<byte> buffer = _buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        if (skipProperty.IsEmpty || element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(skipProperty, out _))
        {
            Minify(JsonMarshal.GetRawUtf8Value(element), buffer);
        }
        else
        {
            buffer.Write("{"u8);
            bool first = true;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (property.NameEquals(skipProperty))
                    continue;
                if (!first)
                    buffer.Write(","u8);
                first = false;
                buffer.Write("\""u8);
                Minify(JsonMarshal.GetRawUtf8PropertyName(property), buffer);
                buffer.Write("\":"u8);
                Minify(JsonMarshal.GetRawUtf8Value(property.Value), buffer);
            }
            buffer.Write("}"u8);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Copies valid JSON (or the inside of a property name) without insignificant whitespace, unescaping non-ASCII \u escapes.</summary>
    internal static void Minify(ReadOnlySpan<byte> json, IBufferWriter<byte> output)
    {
        Span<byte> target = output.GetSpan(json.Length);
        int written = 0;
        int i = 0;
        while (i < json.Length)
        {
            byte b = json[i];
            if (b != (byte)'"')
            {
                // Between tokens: drop whitespace, copy structure and literals.
                if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
                    target[written++] = b;
                i++;
                continue;
            }
            target[written++] = b;
            i++;
            // Inside a string: most are short keys and values, so a plain loop beats a vector search.
            while (i < json.Length)
            {
                b = json[i];
                if (b == (byte)'"')
                {
                    target[written++] = b;
                    i++;
                    break;
                }
                if (b != (byte)'\\')
                {
                    target[written++] = b;
                    i++;
                }
                else if (json[i + 1] == (byte)'u' && TryDecodeEscape(json, i, out int codePoint, out int consumed))
                {
                    written += new Rune(codePoint).EncodeToUtf8(target[written..]);
                    i += consumed;
                }
                else
                {
                    target[written++] = b;
                    target[written++] = json[i + 1];
                    i += 2;
                }
            }
        }
        output.Advance(written);
    }

    /// <summary>
    /// Decodes \uXXXX (and a \uXXXX\uXXXX surrogate pair) when it stands for a non-ASCII scalar; ASCII escapes
    /// (quotes, control characters) and lone surrogates stay escaped. UTF-8 output is never longer than the escape.
    /// </summary>
    private static bool TryDecodeEscape(ReadOnlySpan<byte> json, int at, out int codePoint, out int consumed)
    {
        codePoint = 0;
        consumed = 0;
        if (!TryHex(json, at + 2, out int unit) || unit < 0x80)
            return false;
        if (char.IsHighSurrogate((char)unit))
        {
            if (at + 12 <= json.Length && json[at + 6] == (byte)'\\' && json[at + 7] == (byte)'u'
                && TryHex(json, at + 8, out int low) && char.IsLowSurrogate((char)low))
            {
                codePoint = char.ConvertToUtf32((char)unit, (char)low);
                consumed = 12;
                return true;
            }
            return false;
        }
        if (char.IsLowSurrogate((char)unit))
            return false;
        codePoint = unit;
        consumed = 6;
        return true;
    }

    private static bool TryHex(ReadOnlySpan<byte> json, int start, out int value)
    {
        value = 0;
        if (start + 4 > json.Length)
            return false;
        for (int k = start; k < start + 4; k++)
        {
            int digit = json[k] switch
            {
                >= (byte)'0' and <= (byte)'9' => json[k] - '0',
                >= (byte)'a' and <= (byte)'f' => json[k] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => json[k] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
                return false;
            value = (value << 4) | digit;
        }
        return true;
    }
}
