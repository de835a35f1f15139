using SentimentMonitor.Core.Authors;
using SentimentMonitor.Cli.Collect;
using SentimentMonitor.Cli.Commands;
using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Services;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Data;
using SentimentMonitor.Reports.Alerts;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Watch;

/// <summary>
/// The stages of one <c>watch</c> cycle, composed from the same services as <c>collect</c> and classification:
/// collect new posts (configured sources only), label new authors and posts, then evaluate the alert rules. Each
/// stage opens the database for itself and closes it, so a dashboard can read in between.
/// </summary>
internal static class WatchSteps
{
    public static IReadOnlyList<WatchStep> Build(VerbContext ctx, string[] wanted, AlertSettings settings, JsonAlertStateStore state, IAlertSink alerts, bool collect)
    {
        List<WatchStep> steps = [];
        if (collect)
            steps.Add(new("collect", ct => CollectAsync(ctx, wanted, ct)));
        steps.Add(new("classify", ct => Task.FromResult(Classify(ctx, ct))));
        steps.Add(new("alerts", ct => AlertsAsync(ctx, wanted, settings, state, alerts, ct)));
        return steps;
    }

    private static IReadOnlyList<Publication> Targets(LiteDbStore store, string[] wanted) =>
        wanted.Length == 0 ? store.GetAll() : wanted.Select(w => StoreAccess.RequirePublication(store, w)).ToArray();

    private static async Task<string> CollectAsync(VerbContext ctx, string[] wanted, CancellationToken ct)
    {
        SourceSettings settings = SourceSettingsLoader.Load();
        TimeProvider time = TimeProvider.System;
        using LiveCollector collector = LiveCollector.Connect("all", settings, time);
        if (collector.Sources.Count == 0)
            return "skipped: no source configured (" + string.Join("; ", collector.Skipped) + ")";
        using LiteDbStore store = StoreAccess.OpenForWrite(ctx);
        IReadOnlyList<Publication> all = store.GetAll();
        CollectionService service = collector.ServiceFor(store);
        CollectionRequest request = new() { Publications = Targets(store, wanted), AllPublications = all };
        CollectionSummary summary = await service.RunAsync(request, new CollectionMeter(request.Budget, null), ct);
        SecretRedactor redactor = settings.Redactor();
        string errors = summary.Errors.Count == 0 ? "" : "; errors: " + string.Join(" | ", summary.Errors.Select(redactor.Redact));
        return $"{summary.PostsRead} posts read, {summary.NewPosts} new from {string.Join(", ", collector.Sources.Select(s => s.Name))}{errors}";
    }

    private static string Classify(VerbContext ctx, CancellationToken ct)
    {
        using LiteDbStore store = StoreAccess.OpenForWrite(ctx);
        return NewPostLabeler.LabelNew(store, ct);
    }

    private static async Task<string> AlertsAsync(VerbContext ctx, string[] wanted, AlertSettings settings, JsonAlertStateStore state, IAlertSink alerts, CancellationToken ct)
    {
        using LiteDbStore store = StoreAccess.OpenForRead(ctx);
        IReadOnlyList<Publication> publications = Targets(store, wanted);
        AlertMonitor monitor = new(store, state, alerts, TimeProvider.System);
        IReadOnlyList<AlertEvent> events = await monitor.EvaluateAsync(publications, settings.Rules, ct);
        return $"{publications.Count} publications × {settings.Rules.Count} rules: {events.Count(e => e.Kind == AlertEventKind.Raised)} raised, " +
            $"{events.Count(e => e.Kind == AlertEventKind.Cleared)} cleared, {state.LoadActive().Count} active";
    }
}
