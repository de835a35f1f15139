using System.Diagnostics;

namespace SentimentMonitor.Cli.Bench;

/// <summary>Runs an action several times and reports the median (and the first, cold, run) in milliseconds.</summary>
public static class Timing
{
    public static (double First, double Median) Measure(int runs, Action<int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        double[] ms = new double[Math.Max(1, runs)];
        for (int i = 0; i < ms.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action(i);
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        double first = ms[0];
        Array.Sort(ms);
        return (first, ms.Length % 2 == 1 ? ms[ms.Length / 2] : (ms[ms.Length / 2 - 1] + ms[ms.Length / 2]) / 2);
    }
}
