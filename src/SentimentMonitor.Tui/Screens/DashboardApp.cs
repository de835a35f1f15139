using SentimentMonitor.Tui.Presenters;
using Terminal.Gui.App;

namespace SentimentMonitor.Tui.Screens;

/// <summary>Runs the dashboard in the real terminal until the user quits: window, refresh timer, file log.</summary>
public static class DashboardApp
{
    public static void Run(DashboardPorts ports, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(options);
        DashboardLog.Path = options.LogPath;
        if (options.LogPath is { } log)
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(log))!);
        System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        // The first screen's data is read on a worker while Terminal.Gui sets up the terminal (two cores, both busy).
        Task<IReadOnlyList<PublicationRow>> preload = Task.Run(() => new PublicationListPresenter(ports).Load());
        using IApplication app = Application.Create().Init();
        bool sixteen = ColorSupport.Apply(app.Driver!);
        long init = clock.ElapsedMilliseconds;
        using DashboardWindow window = new(app, ports, options, preload);
        long built = clock.ElapsedMilliseconds;
        StartRefreshTimer(app, window);
        bool first = true;
        app.LayoutAndDrawComplete += (_, _) =>
        {
            if (!first)
                return;
            first = false;
            // Compile and cache the paper-switch path off the UI thread while the user reads the list.
            _ = SwitchWarmup.Start(options.WarmupPorts, (window.Current as PublicationsScreen)?.SelectedPublication);
            using System.Diagnostics.Process self = System.Diagnostics.Process.GetCurrentProcess();
            double sinceProcess = (DateTime.Now - self.StartTime).TotalMilliseconds;
            DashboardLog.Write(null, $"startup: terminal init {init} ms ({(sixteen ? "16" : "24-bit")} colours), first screen built {built} ms, first paint {clock.ElapsedMilliseconds} ms after dashboard start, "
                + $"{sinceProcess:0} ms after process start ({self.TotalProcessorTime.TotalMilliseconds:0} ms CPU, all threads)");
        };
        app.Run(window, ex =>
        {
            DashboardLog.Write(ex, "unhandled error in the dashboard");
            window.Say("error (details in the log): " + Core.Text.TerminalText.ForCell(ex.Message, 80));
            return true; // keep running: one bad draw must not lose the session
        });
    }

    /// <summary>Re-reads the database on the UI thread every <see cref="DashboardOptions.RefreshInterval"/>.</summary>
    public static object? StartRefreshTimer(IApplication app, DashboardWindow window)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(window);
        return app.AddTimeout(window.Options.RefreshInterval, () =>
        {
            window.PollCurrent();
            return true;
        });
    }
}
