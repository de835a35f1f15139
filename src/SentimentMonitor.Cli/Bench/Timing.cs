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
        return (first, Median(ms));
    }

    /// <summary>
    /// Wall and process-CPU milliseconds per run: <paramref name="warmups"/> untimed runs, then the median of
    /// <paramref name="runs"/>. On a shared, loaded machine the CPU time is the steadier number (it leaves out the
    /// time spent waiting for a core), so both are reported.
    /// </summary>
    public static (double Wall, double Cpu, double First) MeasureWithCpu(int warmups, int runs, Action<int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using Process self = Process.GetCurrentProcess();
        double first = 0;
        for (int i = 0; i < warmups; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action(i);
            if (i == 0)
                first = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        double[] wall = new double[Math.Max(1, runs)], cpu = new double[wall.Length];
        for (int i = 0; i < wall.Length; i++)
        {
            self.Refresh();
            TimeSpan cpu0 = self.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            action(warmups + i);
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            self.Refresh();
            cpu[i] = (self.TotalProcessorTime - cpu0).TotalMilliseconds;
        }
        return (Median(wall), Median(cpu), warmups > 0 ? first : wall[0]);
    }

    /// <summary>
    /// One run's wall and process-CPU seconds, for benchmarks that interleave their sides (so other load on a shared
    /// machine hits each side alike) and take the medians themselves.
    /// </summary>
    public static (double WallSeconds, double CpuSeconds) Once(Action run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using Process self = Process.GetCurrentProcess();
        TimeSpan cpu0 = self.TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        run();
        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        self.Refresh();
        return (wall, (self.TotalProcessorTime - cpu0).TotalSeconds);
    }

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
