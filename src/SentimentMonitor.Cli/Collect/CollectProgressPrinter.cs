using SentimentMonitor.Core.Collection;
using SentimentMonitor.Sources.Live;

namespace SentimentMonitor.Cli.Collect;

/// <summary>
/// Shows collection progress on stderr: per source posts found, requests and the rate-limit countdown. On a
/// terminal one line is redrawn; otherwise a line is written at most every few seconds per source (logs, cron).
/// Notes are always written, redacted.
/// </summary>
internal sealed class CollectProgressPrinter(TextWriter error, bool interactive, SecretRedactor redactor, TimeProvider time) : IProgress<CollectionProgress>
{
    private readonly Dictionary<string, long> _lastPrinted = [];
    private readonly Lock _gate = new();
    private bool _lineOpen;

    public void Report(CollectionProgress value)
    {
        lock (_gate)
        {
            if (value.Message is not null)
            {
                CloseLine();
                error.WriteLine(redactor.Redact($"{value.Source}: {value.Message}"));
                return;
            }
            long now = time.GetTimestamp();
            TimeSpan every = interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(10);
            if (_lastPrinted.TryGetValue(value.Source, out long last) && time.GetElapsedTime(last, now) < every)
                return;
            _lastPrinted[value.Source] = now;
            string line = $"{value.Source}: {value.PostsFound} posts ({value.NewPosts} new), {value.Requests} requests"
                + (value.RateLimitWait is { } w ? $", rate limited: resuming in {Format(w)}" : "");
            if (interactive)
            {
                error.Write("\r\u001b[2K" + line);
                _lineOpen = true;
            }
            else
                error.WriteLine(line);
        }
    }

    /// <summary>Ends a redrawn line before other output.</summary>
    public void CloseLine()
    {
        lock (_gate)
        {
            if (!_lineOpen)
                return;
            error.WriteLine();
            _lineOpen = false;
        }
    }

    private static string Format(TimeSpan t) => t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss") : t.ToString(@"m\:ss");
}
