namespace SentimentMonitor.Sources.Import.Json;

/// <summary>Thrown by a mapper when one record cannot become a post; the parser turns it into a rejection.</summary>
internal sealed class RecordException(string reason, string? field) : Exception(reason)
{
    public string? Field { get; } = field;

    public static RecordException Missing(string field) => new($"missing required field {field}", field);

    public static RecordException Invalid(string field, string? value) => new($"invalid value '{Shorten(value)}' for {field}", field);

    private static string Shorten(string? value) => value is null ? "" : value.Length <= 60 ? value : value[..60] + "…";
}
