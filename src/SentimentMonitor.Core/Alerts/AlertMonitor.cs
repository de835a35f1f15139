using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Alerts;

/// <summary>
/// Evaluates the rules for each publication, compares with the conditions active before, and sends an alert only
/// when a condition starts (and a notice when it clears). The active set is persisted after every evaluation.
/// </summary>
public sealed class AlertMonitor(IReactionStatistics statistics, IAlertStateStore state, IAlertSink sink, TimeProvider time)
{
    public async Task<IReadOnlyList<AlertEvent>> EvaluateAsync(IReadOnlyList<Publication> publications, IReadOnlyList<AlertRule> rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publications);
        ArgumentNullException.ThrowIfNull(rules);
        DateTimeOffset now = time.GetUtcNow();
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        HashSet<string> active = new(state.LoadActive(), StringComparer.Ordinal);
        List<AlertEvent> events = [];
        foreach (Publication publication in publications)
        {
            IReadOnlyList<ReactionCount> rows = statistics.Counts(publication.Key);
            IReadOnlyList<AspectCount> aspects = statistics.AspectCounts(publication.Key);
            foreach (AlertRule rule in rules)
            {
                AlertCheck check = AlertEvaluator.Check(rule, publication, rows, aspects, today);
                if (check.Firing && active.Add(check.Key))
                    events.Add(new AlertEvent(AlertEventKind.Raised, check, now));
                else if (!check.Firing && active.Remove(check.Key))
                    events.Add(new AlertEvent(AlertEventKind.Cleared, check, now));
            }
        }
        // Saved before delivery: a failing channel is logged by the sink's owner, not retried forever on every cycle.
        state.SaveActive(active);
        foreach (AlertEvent alert in events)
            await sink.DeliverAsync(alert, cancellationToken);
        return events;
    }
}
