namespace SentimentMonitor.Cli.Bench;

/// <summary>One timed dashboard action: medians in ms (wall and process CPU), its target, and wall median / target.</summary>
public sealed record DashboardMeasurement(string Name, string What, double MedianMs, double MedianCpuMs, double FirstMs, double TargetMs)
{
    public double Ratio => TargetMs > 0 ? MedianMs / TargetMs : 0;

    public bool Met => MedianMs < TargetMs;
}
