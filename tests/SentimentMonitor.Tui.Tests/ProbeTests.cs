using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Xunit.Abstractions;

namespace SentimentMonitor.Tui.Tests;

public class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        using IApplication app = Application.Create().Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(60, 12);
        using Window w = new() { Title = "Probe" };
        TableView table = new() { Width = Dim.Fill(), Height = Dim.Fill(1), FullRowSelect = true };
        table.Table = new EnumerableTableSource<string>(["alpha 😀", "beta 漢字", "gamma"], new() { ["Name"] = s => s, ["Len"] = s => s.Length });
        List<string> log = [];
        table.Accepting += (_, e) => log.Add("accepting");
        table.Accepted += (_, e) => log.Add("accepted");
        table.Activating += (_, e) => log.Add("activating");
        table.KeyDown += (_, k) => log.Add("keydown " + k);
        w.KeyDown += (_, k) => log.Add("w.keydown " + k);
        app.Keyboard.KeyDown += (_, k) => log.Add("app.keydown " + k);
        StatusBar status = new([new Shortcut(Key.F1, "Help", () => log.Add("help"), "")]);
        w.Add(table, status);
        SessionToken? t = app.Begin(w);
        app.LayoutAndDraw();
        app.InjectKey(Key.CursorDown);
        app.InjectKey(Key.Enter);
        app.InjectKey(Key.F1);
        app.InjectKey(Key.Q);
        app.InjectKey(Key.Esc);
        app.LayoutAndDraw();
        output.WriteLine(string.Join("\n", log));
        output.WriteLine("value: " + table.Value?.SelectedCell);
        output.WriteLine(app.Driver.ToString());
        app.End(t!);
    }
}
