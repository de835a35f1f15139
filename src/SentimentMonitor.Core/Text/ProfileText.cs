namespace SentimentMonitor.Core.Text;

/// <summary>
/// Cleans author profile fields where they enter the program (import parsers and live sources share the mappers):
/// terminal control sequences, C0/C1 controls and bidi overrides are removed as <see cref="TerminalText.Sanitize"/>
/// does, so the stored handle, name and bio are what the user sees, and a hostile profile cannot act on a terminal
/// through any output (exports, logs, reports), not only the dashboard. Post text is left as posted.
/// </summary>
public static class ProfileText
{
    /// <summary>A handle: controls and all whitespace removed; <paramref name="fallback"/> (the account id) when nothing is left.</summary>
    public static string Handle(string? handle, string fallback)
    {
        string clean = string.Concat(TerminalText.Sanitize(handle).Where(c => !char.IsWhiteSpace(c)));
        return clean.Length > 0 ? clean : fallback;
    }

    /// <summary>A display name: controls removed, line breaks and tabs as spaces, trimmed; null when nothing is left.</summary>
    public static string? Name(string? name) => TerminalText.Sanitize(name).Trim() is { Length: > 0 } clean ? clean : null;

    /// <summary>A bio: controls removed, line breaks kept as '\n', tabs as spaces; null stays null.</summary>
    public static string? Bio(string? bio) => bio is null ? null : TerminalText.Sanitize(bio, keepNewlines: true);
}
