using SentimentMonitor.Cli.Commands;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Storage;
using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Cli.Collect;

/// <summary>
/// The dashboard's live-collection hook: the same sources and <see cref="CollectionService"/> as <c>collect</c>,
/// for one paper, then labelling of what arrived. It writes through its own store instance (shared mode), so the
/// dashboard's reads and this worker never share a LiteDB handle; the dashboard's refresh timer shows new posts.
/// </summary>
internal sealed class DashboardLiveCollection(string databasePath, TimeProvider time) : ILiveCollection
{
    public IReadOnlyList<LiveSourceStatus> Sources()
    {
        SourceSettings settings = SourceSettingsLoader.Load();
        using LiveCollector collector = LiveCollector.Connect("all", settings, time);
        IReadOnlyList<string> skipped = collector.Skipped;
        HashSet<string> readyFamilies = collector.Sources.Select(s => CollectionMeter.Family(s.Name)).ToHashSet(StringComparer.Ordinal);
        return LiveSourceSet.Names
            .Select(name => readyFamilies.Contains(name)
                ? new LiveSourceStatus(name, true)
                : new LiveSourceStatus(name, false, skipped.FirstOrDefault(s => s.StartsWith(name + ":", StringComparison.Ordinal)) ?? $"{name}: not configured"))
            .ToArray();
    }

    public async Task RunAsync(string publicationKey, IProgress<LiveProgress> progress, CancellationToken cancellation)
    {
        SourceSettings settings = SourceSettingsLoader.Load();
        using LiveCollector collector = LiveCollector.Connect("all", settings, time);
        using LiteDbStore store = new(new LiteDbStoreOptions(databasePath, ReadOnly: false, Shared: true));
        Publication publication = store.Find(publicationKey) ?? throw new InvalidOperationException($"publication {publicationKey} is not tracked");
        CollectionService service = collector.ServiceFor(store);
        CollectionRequest request = new() { Publications = [publication], AllPublications = store.GetAll() };
        CollectionMeter meter = new(request.Budget, new Forward(p => progress.Report(new LiveProgress(
            p.Source, (int)p.Requests, (int)p.PostsFound, (int)p.NewPosts,
            p.RateLimitWait is { } wait ? time.GetUtcNow() + wait : null,
            p.Message is null ? null : settings.Redactor().Redact(p.Message)))));
        CollectionSummary summary = await service.RunAsync(request, meter, cancellation);
        string labelled = NewPostLabeler.LabelNew(store, cancellation);
        foreach ((string source, SourceTotals totals) in meter.Totals())
            progress.Report(new LiveProgress(source, (int)totals.Requests, (int)totals.PostsRead, (int)totals.NewPosts, Message: labelled, Finished: true));
        if (summary.Errors.Count > 0)
            throw new InvalidOperationException(string.Join(" | ", summary.Errors.Select(settings.Redactor().Redact)));
    }

    /// <summary>Reports on the calling thread; the dashboard marshals to the UI thread itself.</summary>
    private sealed class Forward(Action<CollectionProgress> report) : IProgress<CollectionProgress>
    {
        public void Report(CollectionProgress value) => report(value);
    }
}
