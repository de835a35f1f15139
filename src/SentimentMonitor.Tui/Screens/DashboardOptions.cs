using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Tui.Screens;

/// <summary>How the dashboard runs: refresh period, live-collection hook, clock, and a subtitle (e.g. "sample copy").</summary>
public sealed record DashboardOptions
{
    /// <summary>How often the screen re-reads the database so posts written by another process appear.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Starts collections (null: live collection not available in this host).</summary>
    public ILiveCollection? Live { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public string? Subtitle { get; init; }

    /// <summary>Where the dashboard logs (never the screen); null disables the file log.</summary>
    public string? LogPath { get; init; }

    /// <summary>
    /// Opens a second, read-only connection for the background warm-up after the first paint (<see cref="SwitchWarmup"/>):
    /// a LiteDB shared-mode engine must not serve two threads at once, so the warm-up reads through its own, as a second
    /// process would. Ports whose <see cref="DashboardPorts.Posts"/> is disposable are disposed after. Null: the warm-up
    /// only compiles code and reads nothing.
    /// </summary>
    public Func<DashboardPorts>? WarmupPorts { get; init; }
}
