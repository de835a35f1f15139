using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Tui.Screens;

/// <summary>Live collection from the publication screen: credentials hint, worker task, progress on the UI thread.</summary>
public sealed partial class PublicationScreen
{
    private LivePresenter? _live;
    private CancellationTokenSource? _liveCancel;

    /// <summary>" · no credentials: x, bluesky (F1)" when some sources were skipped; the full hint is in the help.</summary>
    private string _skippedSources = "";
    private string? _credentialHint;

    private void StartLive()
    {
        if (_live is { Running: true })
        {
            Window.Say(_live.Describe() + _skippedSources);
            return;
        }
        ILiveCollection? collector = Window.Options.Live;
        IReadOnlyList<LiveSourceStatus> sources = collector?.Sources() ?? CredentialHints.FromEnvironment();
        if (collector is null)
        {
            Window.Say("Live collection is not available in this host; run `sentimentmonitor collect` in another terminal (posts appear here)."
                + (CredentialHints.Summary(sources) is { } hint ? " " + hint : ""));
            return;
        }
        if (!sources.Any(s => s.Ready))
        {
            Window.Say(CredentialHints.Summary(sources) ?? "no live source is configured");
            return;
        }
        if (App is not { } app)
            return;
        string[] skipped = sources.Where(s => !s.Ready).Select(s => s.Source).ToArray();
        _skippedSources = skipped.Length == 0 ? "" : " · no credentials: " + string.Join(", ", skipped) + " (F1)";
        _credentialHint = CredentialHints.Summary(sources);
        _live = new LivePresenter(Window.Options.Clock);
        _live.Started();
        _liveCancel = new CancellationTokenSource();
        LivePresenter live = _live;
        string key = _presenter.Publication.Key;
        CancellationToken token = _liveCancel.Token;
        Progress progress = new(p => app.Invoke(() =>
        {
            live.Report(p);
            Window.Say(live.Describe() + _skippedSources);
        }));
        app.AddTimeout(TimeSpan.FromSeconds(1), () =>
        {
            if (live.Running)
                Window.Say(live.Describe() + _skippedSources); // rate-limit countdowns tick
            return live.Running;
        });
        _ = Task.Run(async () =>
        {
            string? failure = null;
            try
            {
                await collector.RunAsync(key, progress, token);
            }
            catch (OperationCanceledException)
            {
                failure = "live collection stopped";
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                DashboardLog.Write(ex, "live collection failed");
                failure = "live collection failed: " + Core.Text.TerminalText.ForCell(ex.Message, 80);
            }
            app.Invoke(() =>
            {
                live.Stopped();
                Window.RefreshCurrent();
                Window.Say(failure ?? live.Describe() + _skippedSources);
            });
        }, token);
        Window.Say(live.Describe() + _skippedSources);
    }

    /// <summary>Where to set the credentials of the sources the last live run skipped (for the help screen).</summary>
    private IEnumerable<string> LiveHelpLines() =>
        _credentialHint is null ? [] : ["  Last live run: " + _credentialHint];

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _liveCancel?.Cancel();
            _liveCancel?.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Forwards progress without capturing a synchronization context (the UI thread is reached with Invoke).</summary>
    private sealed class Progress(Action<LiveProgress> report) : IProgress<LiveProgress>
    {
        public void Report(LiveProgress value) => report(value);
    }
}
