namespace SentimentMonitor.Sources.Import.Json;

/// <summary>Thrown by a mapper when one record cannot become a post; the parser turns it into a rejection.</summary>
internal sealed class RecordException(string reason, string? field) : Exception(reason)
{
    public string? Field { get; } = field;

    public static RecordException Missing(string field) => new($"missing required field {field}", field);

    public static RecordException Invalid(string field, string? value) => new($"invalid value '{Shorten(value)}' for {field}", field);

    /// <summary>The value as it may be printed: control sequences removed (errors go to a terminal), cut to 60 characters.</summary>
    private static string Shorten(string? value)
    {
        string clean = Core.Text.TerminalText.Sanitize(value);
        return clean.Length <= 60 ? clean : clean[..60] + "…";
    }
}
