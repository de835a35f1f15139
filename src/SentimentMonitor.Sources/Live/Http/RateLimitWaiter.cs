using SentimentMonitor.Core.Collection;

namespace SentimentMonitor.Sources.Live.Http;

/// <summary>Waits out a rate-limit window on the run's clock, reporting a countdown about once a second.</summary>
internal static class RateLimitWaiter
{
    public static async Task WaitAsync(TimeSpan wait, string source, CollectionMeter? meter, TimeProvider time, CancellationToken ct)
    {
        if (wait <= TimeSpan.Zero)
            return;
        DateTimeOffset until = time.GetUtcNow() + wait;
        TimeSpan remaining = wait;
        while (remaining > TimeSpan.Zero)
        {
            meter?.Waiting(source, remaining);
            TimeSpan step = remaining < TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1);
            await Task.Delay(step, time, ct);
            remaining = until - time.GetUtcNow();
        }
        meter?.Waiting(source, TimeSpan.Zero);
        meter?.Waited(source, wait);
    }
}
