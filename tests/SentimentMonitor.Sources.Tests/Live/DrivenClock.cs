using Microsoft.Extensions.Time.Testing;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that a background loop moves forward (half a second of fake time every few
/// real milliseconds), so rate-limit waits and backoffs of minutes finish in a fraction of a second while every
/// wait is still measured in fake time. No real sleeps of the waited length.
/// </summary>
public sealed class DrivenClock : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public DrivenClock(DateTimeOffset start, TimeSpan? step = null, int realMillisecondsPerStep = 5)
    {
        Time = new FakeTimeProvider(start);
        TimeSpan s = step ?? TimeSpan.FromMilliseconds(500);
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try { await Task.Delay(realMillisecondsPerStep, _stop.Token); }
                catch (OperationCanceledException) { break; }
                Time.Advance(s);
            }
        });
    }

    public FakeTimeProvider Time { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
