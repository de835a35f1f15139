using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SentimentMonitor.Tui.Screens;

/// <summary>Global keys: Esc back, q quit, F1/? help, Tab/Shift+Tab between panes, F5 refresh; the rest go to the screen.</summary>
public sealed partial class DashboardWindow
{
    private void OnAppKeyDown(object? sender, Key key)
    {
        if (key.Handled || !IsCurrentRunnable())
            return;
        try
        {
            key.Handled = Handle(key);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            DashboardLog.Write(ex, $"key {key} failed");
            Say("error: " + Core.Text.TerminalText.ForCell(ex.Message, 100));
            key.Handled = true;
        }
    }

    private bool Handle(Key key)
    {
        bool typing = MostFocused is TextField;
        if (key == Key.Esc)
        {
            if (!Current.HandleEscape())
                Pop();
            return true;
        }
        if (key == Key.Tab || key == Key.Tab.WithShift)
        {
            CyclePanes(key == Key.Tab ? 1 : -1);
            return true;
        }
        if (key == Key.F1 || (!typing && key.AsRune.Value == '?'))
        {
            if (Current is not HelpScreen)
                Push(new HelpScreen(this, Current));
            return true;
        }
        if (key == Key.F5)
        {
            RefreshCurrent();
            Say("refreshed");
            return true;
        }
        if (typing)
            return key == Key.Enter && Current.HandleKey(key);
        if (key == Key.Q && !key.IsCtrl && !key.IsAlt)
        {
            _app.RequestStop();
            return true;
        }
        return Current.HandleKey(key);
    }

    private void CyclePanes(int step)
    {
        IReadOnlyList<View> panes = Current.Panes.Where(p => p.Visible && p.CanFocus).ToArray();
        if (panes.Count == 0)
            return;
        int index = -1;
        for (int i = 0; i < panes.Count; i++)
        {
            if (panes[i].HasFocus)
                index = i;
        }
        panes[((index + step) % panes.Count + panes.Count) % panes.Count].SetFocus();
    }

    /// <summary>Keys reach the window only while it, not a nested dialog, is running.</summary>
    private bool IsCurrentRunnable() => _app.TopRunnableView is null || ReferenceEquals(_app.TopRunnableView, this);
}
