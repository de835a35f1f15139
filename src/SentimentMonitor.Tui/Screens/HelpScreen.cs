using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SentimentMonitor.Tui.Screens;

/// <summary>F1 / ?: the keys and meanings of the screen it was opened from, plus the global keys.</summary>
public sealed class HelpScreen : DashboardScreen
{
    private readonly TextPane _text;

    public HelpScreen(DashboardWindow window, DashboardScreen from) : base(window)
    {
        _text = new TextPane { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        List<string> lines = [.. from.HelpLines, "", "Everywhere:", "  Esc back · q quit · Tab / Shift+Tab next / previous pane · F5 refresh now · F1 or ? this help",
            "  The screen re-reads the database every " + window.Options.RefreshInterval.TotalSeconds + " s, so posts collected by another process appear.",
            "  Numbers are UTC. Net sentiment = (pos − neg)/(pos + neg); ± is half the 95% Wilson interval; n = pos + neg."];
        _text.Lines = lines;
        Add(_text);
        HeadingText = "Help: " + from.Heading;
    }

    private string HeadingText { get; }

    public override string Heading => HeadingText;

    public override string KeyHints => "Esc back │ ↑↓ scroll │ q quit";

    public override IReadOnlyList<string> HelpLines => [];

    public override IReadOnlyList<View> Panes => [_text];
}
