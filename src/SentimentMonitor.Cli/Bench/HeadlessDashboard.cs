using SentimentMonitor.Cli.Dashboard;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace SentimentMonitor.Cli.Bench;

/// <summary>The dashboard window on Terminal.Gui's ANSI driver at 120x40, drawn once, off-terminal (DisableRealDriverIO).</summary>
internal sealed class HeadlessDashboard : IDisposable
{
    private readonly SessionToken? _token;

    /// <param name="warmupPorts">Start the paper-switch warm-up after the first draw through these, as DashboardApp does (<see cref="Warmup"/>); null: none.</param>
    public HeadlessDashboard(DashboardPorts ports, Func<DashboardPorts>? warmupPorts = null)
    {
        // As DashboardApp does: publications are read while the terminal initialises.
        Task<IReadOnlyList<PublicationRow>> preload = Task.Run(() => new PublicationListPresenter(ports).Load());
        App = Application.Create().Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(120, 40);
        Window = new DashboardWindow(App, ports, new DashboardOptions(), preload);
        _token = App.Begin(Window);
        App.LayoutAndDraw();
        Warmup = warmupPorts is null ? Task.CompletedTask : SwitchWarmup.Start(warmupPorts, (Window.Current as PublicationsScreen)?.SelectedPublication);
    }

    /// <summary>The paper-switch warm-up started after the first draw (completed at once when not asked for).</summary>
    public Task Warmup { get; }

    public IApplication App { get; }
    public DashboardWindow Window { get; }

    public void Dispose()
    {
        if (_token is not null)
            App.End(_token);
        Window.Dispose();
        App.Dispose();
    }
}
