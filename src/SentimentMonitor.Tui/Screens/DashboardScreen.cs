using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// One screen of the dashboard (publications, publication, post detail, help). The window shows one at a time on a
/// stack: Enter pushes, Esc pops. Screens handle their own letter keys; the window handles the global ones.
/// </summary>
public abstract class DashboardScreen : View
{
    protected DashboardScreen(DashboardWindow window)
    {
        Window = window;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
    }

    protected DashboardWindow Window { get; }

    /// <summary>Shown in the window title.</summary>
    public abstract string Heading { get; }

    /// <summary>The keys of this screen for the status line, most important first.</summary>
    public abstract string KeyHints { get; }

    /// <summary>Longer help (F1 / ?).</summary>
    public abstract IReadOnlyList<string> HelpLines { get; }

    /// <summary>The panes Tab moves between, in order.</summary>
    public abstract IReadOnlyList<View> Panes { get; }

    /// <summary>A screen key; true when handled. Not called while a text field has focus.</summary>
    public virtual bool HandleKey(Key key) => false;

    /// <summary>Re-reads data (timer or after a change elsewhere), keeping selection and scroll where possible.</summary>
    public virtual void RefreshData()
    {
    }

    /// <summary>Shown again after the screen above it closed (Esc): by default re-reads everything, as labels may have changed.</summary>
    public virtual void OnReturn() => RefreshData();

    /// <summary>The refresh timer: re-reads only when something changed (default: always).</summary>
    public virtual void Poll() => RefreshData();

    /// <summary>Esc: true when the screen used it (e.g. to leave its search box) rather than going back.</summary>
    public virtual bool HandleEscape() => false;

    /// <summary>Puts focus on the first pane; called when the screen is shown.</summary>
    public virtual void FocusFirst() => Panes.FirstOrDefault()?.SetFocus();
}
