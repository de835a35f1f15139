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
}
