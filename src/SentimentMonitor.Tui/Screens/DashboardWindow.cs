using SentimentMonitor.Tui.Presenters;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// The dashboard's one window: a stack of screens (publications → publication → post detail, plus help) above a
/// status line with the current screen's keys. Global keys are read before any view sees them, so a table's
/// type-to-search cannot swallow q, Esc or Tab.
/// </summary>
public sealed partial class DashboardWindow : Window
{
    private readonly View _body;
    private readonly Label _status;
    private readonly Stack<DashboardScreen> _screens = new();
    private readonly IApplication _app;
    private string? _message;

    /// <param name="preloaded">Publication rows already being read (see <see cref="DashboardApp"/>); null reads them here.</param>
    public DashboardWindow(IApplication app, DashboardPorts ports, DashboardOptions options, Task<IReadOnlyList<PublicationRow>>? preloaded = null)
    {
        _app = app ?? throw new ArgumentNullException(nameof(app));
        Ports = ports ?? throw new ArgumentNullException(nameof(ports));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        HotKeySpecifier = NoHotKey;
        BorderStyle = LineStyle.Single;
        _body = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true };
        _status = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, HotKeySpecifier = NoHotKey };
        _status.SetScheme(new Scheme(Palette.Status));
        Add(_body, _status);
        _app.Keyboard.KeyDown += OnAppKeyDown;
        _app.ScreenChanged += OnScreenChanged;
        Push(new PublicationsScreen(this, preloaded));
    }

    /// <summary>Never appears in sanitized text, so '_' in slugs and posts is shown rather than taken as a hotkey.</summary>
    internal static readonly System.Text.Rune NoHotKey = new('\0');

    public DashboardPorts Ports { get; }
    public DashboardOptions Options { get; }

    /// <summary>Terminal width in columns: screens choose compact or roomy columns from it.</summary>
    public int ScreenWidth => _app.Driver?.Cols ?? _app.Screen.Width;

    /// <summary>The screen on top of the stack.</summary>
    public DashboardScreen Current => _screens.Peek();

    /// <summary>The status line as drawn (message, then keys).</summary>
    public string StatusText => _status.Text;

    /// <summary>Shows a screen on top of the current one.</summary>
    public void Push(DashboardScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        if (_screens.Count > 0)
            _body.Remove(Current);
        _screens.Push(screen);
        _body.Add(screen);
        _message = null;
        ShowCurrent();
    }

    /// <summary>Closes the current screen (Esc); the root screen stays.</summary>
    public void Pop()
    {
        if (_screens.Count <= 1)
            return;
        DashboardScreen old = _screens.Pop();
        _body.Remove(old);
        old.Dispose();
        _body.Add(Current);
        _message = null;
        Current.OnReturn();
        ShowCurrent();
    }

    /// <summary>A one-line message ahead of the key hints (errors, "label saved", live progress).</summary>
    public void Say(string? message)
    {
        _message = message;
        UpdateStatus();
    }

    /// <summary>Re-reads the data of the current screen (F5 and the refresh timer).</summary>
    public void RefreshCurrent()
    {
        try
        {
            Current.RefreshData();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Another process may hold the file for a moment; say so and try again on the next tick.
            DashboardLog.Write(ex, "refresh failed");
            Say("refresh failed: " + Core.Text.TerminalText.ForCell(ex.Message, 80));
        }
    }

    /// <summary>The refresh timer's tick: the current screen re-reads what changed.</summary>
    public void PollCurrent()
    {
        try
        {
            Current.Poll();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            DashboardLog.Write(ex, "refresh failed");
            Say("refresh failed: " + Core.Text.TerminalText.ForCell(ex.Message, 80));
        }
    }

    /// <summary>A resized terminal gets columns sized for its new width.</summary>
    private void OnScreenChanged(object? sender, EventArgs e) => RefreshCurrent();

    private void ShowCurrent()
    {
        Title = "SentimentMonitor" + (Options.Subtitle is { } s ? $" ({s})" : "") + " · " + Current.Heading;
        UpdateStatus();
        Current.FocusFirst();
        SetNeedsDraw();
    }

    private void UpdateStatus()
    {
        string keys = Current.KeyHints;
        _status.Text = _message is null ? keys : _message + " │ " + keys;
        _status.SetNeedsDraw();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Keyboard.KeyDown -= OnAppKeyDown;
            _app.ScreenChanged -= OnScreenChanged;
        }
        base.Dispose(disposing);
    }
}
