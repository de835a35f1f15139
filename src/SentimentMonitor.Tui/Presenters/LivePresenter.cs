using System.Globalization;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>Keeps the latest progress per source of a running collection and words it for the status line.</summary>
public sealed class LivePresenter(TimeProvider clock)
{
    private readonly Dictionary<string, LiveProgress> _sources = new(StringComparer.Ordinal);

    public bool Running { get; private set; }

    public void Started()
    {
        _sources.Clear();
        Running = true;
    }

    public void Report(LiveProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        _sources[progress.Source] = progress;
    }

    public void Stopped() => Running = false;

    /// <summary>"x: 3 req, 120 read, 40 new · bluesky: rate limited 42 s" (countdowns from the clock).</summary>
    public string Describe()
    {
        if (_sources.Count == 0)
            return Running ? "collecting: starting…" : "";
        DateTimeOffset now = clock.GetUtcNow();
        IEnumerable<string> parts = _sources.Values.OrderBy(p => p.Source, StringComparer.Ordinal).Select(p =>
        {
            string text = $"{p.Source}: {p.Requests} req, {p.PostsRead} read, {p.NewPosts} new";
            if (p.RateLimitedUntil is { } until && until > now)
                text += $", rate limited {Math.Ceiling((until - now).TotalSeconds).ToString(CultureInfo.InvariantCulture)} s";
            if (p.Finished)
                text += ", done";
            if (!string.IsNullOrEmpty(p.Message))
                text += $" ({Core.Text.TerminalText.ForCell(p.Message, 60)})";
            return text;
        });
        return (Running ? "collecting · " : "collected · ") + string.Join(" · ", parts);
    }
}
