namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Text from posts, profiles and remote metadata printed by the read verbs: untrusted, so whole terminal control
/// sequences (CSI, OSC 8/52, C1, bidi overrides) are removed, not only their ESC, and line breaks become spaces.
/// </summary>
internal static class ConsoleText
{
    public static string Clean(string? text) => Core.Text.TerminalText.Sanitize(text);
}
