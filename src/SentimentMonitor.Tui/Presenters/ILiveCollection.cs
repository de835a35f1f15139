namespace SentimentMonitor.Tui.Presenters;

/// <summary>
/// The hook through which the dashboard starts a live collection for one paper. The CLI passes an implementation
/// backed by the collectors; progress is reported per source and marshalled to the UI thread by the dashboard.
/// </summary>
public interface ILiveCollection
{
    /// <summary>Each source and whether its credentials are configured (with a hint where to set them when not).</summary>
    IReadOnlyList<LiveSourceStatus> Sources();

    /// <summary>Collects, classifies and stores new posts for the publication; completes when every ready source is done.</summary>
    Task RunAsync(string publicationKey, IProgress<LiveProgress> progress, CancellationToken cancellation);
}
