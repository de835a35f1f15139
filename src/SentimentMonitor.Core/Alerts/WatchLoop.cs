namespace SentimentMonitor.Core.Alerts;

/// <summary>
/// Runs watch cycles: each step in order, every <c>every</c>, until cancelled (or once). A failing step is reported
/// and the cycle goes on: a dead webhook or an API outage must never stop the watch.
/// </summary>
public sealed class WatchLoop(IReadOnlyList<WatchStep> steps, TextWriter output, TimeProvider time)
{
    public int Cycles { get; private set; }
    public int Failures { get; private set; }

    public async Task RunAsync(TimeSpan every, bool once, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero);
        while (true)
        {
            await RunCycleAsync(cancellationToken);
            if (once)
                return;
            await output.WriteLineAsync($"next cycle at {time.GetUtcNow().Add(every):yyyy-MM-dd HH:mm:ss} UTC (Ctrl+C to stop)");
            await Task.Delay(every, time, cancellationToken);
        }
    }

    public async Task RunCycleAsync(CancellationToken cancellationToken)
    {
        Cycles++;
        foreach (WatchStep step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await output.WriteLineAsync($"{step.Name}: {await step.Run(cancellationToken)}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Failures++;
                await output.WriteLineAsync($"{step.Name}: failed: {ex.Message} (the watch goes on)");
            }
        }
    }
}
