using Terminal.Gui.Drivers;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// Chooses 16-colour output for terminals that cannot show 24-bit colour. Terminal.Gui writes 24-bit SGR codes by
/// default even when TERM says xterm-16color or linux, which such terminals draw wrong or not at all; the palette
/// only uses the 16 named colours, so forcing 16-colour codes loses nothing.
/// </summary>
public static class ColorSupport
{
    /// <summary>Environment variable that overrides detection: <c>16</c> forces 16 colours, <c>truecolor</c> forbids it.</summary>
    public const string OverrideVariable = "SENTIMENTMONITOR_COLORS";

    /// <summary>
    /// True when the dashboard should write only the 16 ANSI colours: when asked to, when TERM names a 16-colour
    /// terminal (an explicit TERM wins over Terminal.Gui's guess, which trusts TERM_PROGRAM=tmux), or when detection
    /// finds fewer than 256 colours.
    /// </summary>
    public static bool Wants16Colors(ColorCapabilityLevel detected, string? term, string? setting)
    {
        switch (setting?.Trim().ToLowerInvariant())
        {
            case "16":
                return true;
            case "truecolor" or "24bit" or "256":
                return false;
        }
        string t = term?.Trim().ToLowerInvariant() ?? "";
        if (t.EndsWith("-16color", StringComparison.Ordinal) || t.EndsWith("-8color", StringComparison.Ordinal)
            || t is "linux" or "ansi" or "dumb" or "cons25" || t.StartsWith("vt", StringComparison.Ordinal))
            return true;
        return detected < ColorCapabilityLevel.Colors256;
    }

    /// <summary>Detects from TERM/COLORTERM and the override variable, and applies it to the running driver.</summary>
    public static bool Apply(IDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ColorCapabilityLevel detected = TerminalEnvironmentDetector.DetectColorCapabilities().Capability;
        bool sixteen = Wants16Colors(detected, Environment.GetEnvironmentVariable("TERM"), Environment.GetEnvironmentVariable(OverrideVariable));
        if (sixteen)
            driver.Force16Colors = true;
        return sixteen;
    }
}
