using System.Collections.Concurrent;

namespace SentimentMonitor.Core.Collection;

/// <summary>
/// Counts requests, posts and waiting time per source for one run, enforces the <see cref="CollectionBudget"/>
/// and forwards progress. Thread-safe: HTTP handlers report into it while the service reads it.
/// </summary>
public sealed class CollectionMeter(CollectionBudget budget, IProgress<CollectionProgress>? progress = null)
{
    private readonly ConcurrentDictionary<string, SourceTally> _tallies = new();
    private long _requests;
    private long _postsRead;

    public CollectionBudget Budget { get; } = budget;

    public long Requests => Interlocked.Read(ref _requests);
    public long PostsRead => Interlocked.Read(ref _postsRead);

    /// <summary>True when another request would exceed the budget (posts or requests).</summary>
    public bool Exhausted =>
        (Budget.MaxRequests is { } r && Requests >= r) || (Budget.MaxPosts is { } p && PostsRead >= p);

    /// <summary>Posts still allowed in this run; null when unlimited. Sources use it to shrink page sizes.</summary>
    public long? RemainingPosts => Budget.MaxPosts is { } p ? Math.Max(0, p - PostsRead) : null;

    public void RequestSent(string source)
    {
        Interlocked.Increment(ref _requests);
        SourceTally t = Tally(source);
        Interlocked.Increment(ref t.Requests);
        Report(source, null);
    }

    public void PostsReceived(string source, int read, int added)
    {
        Interlocked.Add(ref _postsRead, read);
        SourceTally t = Tally(source);
        Interlocked.Add(ref t.PostsRead, read);
        Interlocked.Add(ref t.NewPosts, added);
        Report(source, null);
    }

    /// <summary>A rate-limit wait tick: <paramref name="remaining"/> is the time still to wait (zero when done).</summary>
    public void Waiting(string source, TimeSpan remaining) => Report(source, remaining > TimeSpan.Zero ? remaining : null);

    /// <summary>Adds a finished stretch of waiting to the totals.</summary>
    public void Waited(string source, TimeSpan waited)
    {
        SourceTally t = Tally(source);
        Interlocked.Add(ref t.WaitTicks, waited.Ticks);
    }

    public void Note(string source, string message)
    {
        SourceTally t = Tally(source);
        progress?.Report(new CollectionProgress(source, Interlocked.Read(ref t.PostsRead), Interlocked.Read(ref t.NewPosts), Interlocked.Read(ref t.Requests), null, message));
    }

    /// <summary>Per-source totals so far, keyed by the family name ("mastodon:host" counts under "mastodon").</summary>
    public IReadOnlyDictionary<string, SourceTotals> Totals() =>
        _tallies.ToDictionary(kv => kv.Key, kv => new SourceTotals(
            Interlocked.Read(ref kv.Value.Requests),
            Interlocked.Read(ref kv.Value.PostsRead),
            Interlocked.Read(ref kv.Value.NewPosts),
            TimeSpan.FromTicks(Interlocked.Read(ref kv.Value.WaitTicks))));

    /// <summary>"mastodon:med-mastodon.com" → "mastodon": totals and progress are per source family.</summary>
    public static string Family(string source)
    {
        int colon = source.IndexOf(':');
        return colon < 0 ? source : source[..colon];
    }

    private SourceTally Tally(string source) => _tallies.GetOrAdd(Family(source), _ => new SourceTally());

    private void Report(string source, TimeSpan? wait)
    {
        if (progress is null)
            return;
        SourceTally t = Tally(source);
        progress.Report(new CollectionProgress(Family(source), Interlocked.Read(ref t.PostsRead), Interlocked.Read(ref t.NewPosts), Interlocked.Read(ref t.Requests), wait));
    }

    private sealed class SourceTally
    {
        public long Requests;
        public long PostsRead;
        public long NewPosts;
        public long WaitTicks;
    }
}
