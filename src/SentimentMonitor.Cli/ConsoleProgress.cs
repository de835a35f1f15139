using System.Diagnostics;

namespace SentimentMonitor.Cli;

/// <summary>Progress lines on stderr, prefixed with elapsed seconds, written synchronously in order.</summary>
public sealed class ConsoleProgress(TextWriter writer) : IProgress<string>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();

    public void Report(string value)
    {
        lock (_gate)
            writer.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {value}");
    }
}
