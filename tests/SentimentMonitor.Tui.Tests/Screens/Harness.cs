using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace SentimentMonitor.Tui.Tests.Screens;

/// <summary>The dashboard on Terminal.Gui's real ANSI driver at a fixed size, without a terminal: inject keys, read the screen.</summary>
internal sealed class Harness : IDisposable
{
    private readonly SessionToken? _token;

    public Harness(DashboardPorts ports, int width, int height, DashboardOptions? options = null, Terminal.Gui.Time.ITimeProvider? time = null)
    {
        App = (time is null ? Application.Create() : Application.Create(time)).Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Window = new DashboardWindow(App, ports, options ?? new DashboardOptions());
        _token = App.Begin(Window);
        App.LayoutAndDraw();
    }

    public IApplication App { get; }
    public DashboardWindow Window { get; }

    /// <summary>The screen as text, rows joined by '\n'.</summary>
    public string Screen
    {
        get
        {
            App.LayoutAndDraw();
            return App.Driver!.ToString()!;
        }
    }

    public string[] Lines => Screen.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()).ToArray();

    public void Press(params Key[] keys)
    {
        foreach (Key key in keys)
        {
            App.InjectKey(key);
            App.LayoutAndDraw();
        }
    }

    public void Type(string text)
    {
        foreach (char c in text)
            Press(new Key(c));
    }

    public void Dispose()
    {
        if (_token is not null)
            App.End(_token);
        Window.Dispose();
        App.Dispose();
    }
}
