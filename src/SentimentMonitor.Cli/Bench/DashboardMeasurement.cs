namespace SentimentMonitor.Cli.Bench;

/// <summary>
/// One timed dashboard action: medians in ms (wall and process CPU), its target, wall median / target, and the
/// process's peak resident memory (MB) once it had run (shows which action raised the peak).
/// </summary>
public sealed record DashboardMeasurement(string Name, string What, double MedianMs, double MedianCpuMs, double FirstMs, double TargetMs, long PeakMbAfter)
{
    public double Ratio => TargetMs > 0 ? MedianMs / TargetMs : 0;

    public bool Met => MedianMs < TargetMs;
}
