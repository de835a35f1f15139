using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Tui.Screens;

/// <summary>Live collection from the publication screen: credentials hint, worker task, progress on the UI thread.</summary>
public sealed partial class PublicationScreen
{
    private LivePresenter? _live;
    private CancellationTokenSource? _liveCancel;

    private void StartLive()
    {
        if (_live is { Running: true })
        {
            Window.Say(_live.Describe());
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
        _live = new LivePresenter(Window.Options.Clock);
        _live.Started();
        _liveCancel = new CancellationTokenSource();
        LivePresenter live = _live;
        string key = _presenter.Publication.Key;
        CancellationToken token = _liveCancel.Token;
        Progress progress = new(p => app.Invoke(() =>
        {
            live.Report(p);
            Window.Say(live.Describe());
        }));
        app.AddTimeout(TimeSpan.FromSeconds(1), () =>
        {
            if (live.Running)
                Window.Say(live.Describe()); // rate-limit countdowns tick
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
                Window.Say(failure ?? live.Describe());
            });
        }, token);
        Window.Say(live.Describe());
    }

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
