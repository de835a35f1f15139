using System.Globalization;
using System.Text.Json;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.Text;

/// <summary>
/// Lenient timestamp reading, always to UTC: clients set Bluesky createdAt themselves (.sssZ, .ssssssZ, +00:00,
/// no fraction), CSV exports write what they like. A time without zone is taken as UTC.
/// </summary>
public static class Timestamps
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;

    /// <summary>Parses text to a UTC time; false when it is not a date.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out DateTimeOffset parsed))
            return false;
        value = parsed.ToUniversalTime();
        return true;
    }

    /// <summary>Reads a required time field; throws a rejection naming the field when absent or unreadable.</summary>
    internal static DateTimeOffset Required(JsonElement element, ReadOnlySpan<byte> name, string fieldPath)
    {
        JsonElement? value = element.Child(name);
        if (value is not { ValueKind: JsonValueKind.String } text)
            throw RecordException.Missing(fieldPath);
        if (text.TryGetDateTimeOffset(out DateTimeOffset fast))
            return fast.ToUniversalTime();
        string? raw = text.GetString();
        if (string.IsNullOrEmpty(raw))
            throw RecordException.Missing(fieldPath);
        return TryParse(raw, out DateTimeOffset slow) ? slow : throw RecordException.Invalid(fieldPath, raw);
    }
}
