using System.Diagnostics;

namespace SentimentMonitor.Cli.Bench;

/// <summary>
/// Peak resident memory of this process. On Linux the kernel's high-water mark (VmHWM) can be reset by writing "5" to
/// /proc/self/clear_refs, so the peak of one phase (the dashboard work, not the database generation) can be read.
/// </summary>
public static class ProcessMemory
{
    /// <summary>Resets the peak; false where that is not possible (not Linux, or no permission).</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Peak resident set in MB: VmHWM since the last reset on Linux, else the process's peak working set.</summary>
    public static long PeakMegabytes()
    {
        if (ReadStatusKilobytes("VmHWM") is long kb)
            return kb / 1024;
        using Process self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024 * 1024);
    }

    /// <summary>Peak working set of the whole process life (includes generating or migrating the database).</summary>
    public static long LifetimePeakMegabytes()
    {
        using Process self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024 * 1024);
    }

    /// <summary>The 1, 5 and 15 minute load averages ("" where unknown): the machine is shared, so numbers need them.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static long? ReadStatusKilobytes(string field)
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return null;
    }
}
