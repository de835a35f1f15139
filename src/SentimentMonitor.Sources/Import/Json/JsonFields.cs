using System.Text.Json;
using System.Text.RegularExpressions;

namespace SentimentMonitor.Sources.Import.Json;

/// <summary>
/// Tolerant accessors for API JSON: absent keys, nulls and unexpected kinds read as "missing" instead of throwing,
/// because old servers omit keys and ids come as strings or numbers.
/// </summary>
internal static partial class JsonFields
{
    public static JsonElement? Child(this JsonElement element, ReadOnlySpan<byte> name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    public static JsonElement? Object(this JsonElement element, ReadOnlySpan<byte> name) =>
        element.Child(name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static JsonElement? Array(this JsonElement element, ReadOnlySpan<byte> name) =>
        element.Child(name) is { ValueKind: JsonValueKind.Array } value ? value : null;

    /// <summary>A string, or a number's text (X ids are strings, some tools write numbers); null when absent or empty.</summary>
    public static string? String(this JsonElement element, ReadOnlySpan<byte> name)
    {
        JsonElement? value = element.Child(name);
        string? text = value?.ValueKind switch
        {
            JsonValueKind.String => ReadString(value.Value),
            JsonValueKind.Number => value.Value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// The string value; a lone UTF-16 surrogate escape (a retweet cut mid-emoji) becomes U+FFFD instead of
    /// failing the record, as System.Text.Json refuses such strings.
    /// </summary>
    public static string? ReadString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            string repaired = LoneSurrogate().Replace(value.GetRawText(), "\\ufffd");
            using JsonDocument document = JsonDocument.Parse(repaired);
            return document.RootElement.GetString();
        }
    }

    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial Regex LoneSurrogate();

    /// <summary>A required string; throws <see cref="RecordException"/> naming the field when missing.</summary>
    public static string Required(this JsonElement element, ReadOnlySpan<byte> name, string fieldPath) =>
        element.String(name) ?? throw RecordException.Missing(fieldPath);

    public static int Int(this JsonElement element, ReadOnlySpan<byte> name)
    {
        JsonElement? value = element.Child(name);
        if (value is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out long n))
            return (int)Math.Clamp(n, int.MinValue, int.MaxValue);
        if (value is { ValueKind: JsonValueKind.String } text && long.TryParse(text.GetString(), out long parsed))
            return (int)Math.Clamp(parsed, int.MinValue, int.MaxValue);
        return 0;
    }

    public static long? Long(this JsonElement element, ReadOnlySpan<byte> name)
    {
        JsonElement? value = element.Child(name);
        if (value is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out long n))
            return n;
        if (value is { ValueKind: JsonValueKind.String } text && long.TryParse(text.GetString(), out long parsed))
            return parsed;
        return null;
    }

    public static bool Bool(this JsonElement element, ReadOnlySpan<byte> name) =>
        element.Child(name) is { } value && (value.ValueKind == JsonValueKind.True
            || (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase)));

    /// <summary>True when the element is an object carrying every named property (with any non-null value).</summary>
    public static bool Has(this JsonElement element, ReadOnlySpan<byte> name) => element.Child(name) is not null;
}
