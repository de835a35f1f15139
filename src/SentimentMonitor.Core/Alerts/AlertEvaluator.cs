using System.Globalization;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Core.Alerts;

/// <summary>
/// Decides whether a rule's condition holds for one publication on a given day, from the statistics rows alone.
/// Pure: the same rows and day always give the same answer.
/// </summary>
public static class AlertEvaluator
{
    public static AlertCheck Check(AlertRule rule, Publication publication, IReadOnlyList<ReactionCount> rows, IReadOnlyList<AspectCount> aspectRows, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(aspectRows);
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.WindowDays, 1);
        DateOnly from = asOf.AddDays(1 - rule.WindowDays);
        DateOnly previousFrom = from.AddDays(-rule.WindowDays), previousTo = from.AddDays(-1);
        string window = $"the last {rule.WindowDays} days";
        (bool firing, string message, double? value, int count) = rule.Kind switch
        {
            AlertKind.ClinicianNetBelow => NetBelow(rule, ReactionAnalytics.Totals(rows, ReactionFilter.Clinicians, from, asOf).Net, window),
            AlertKind.VolumeSurge => Surge(rule, ReactionAnalytics.Totals(rows, ReactionFilter.Everyone, from, asOf).Total,
                ReactionAnalytics.Totals(rows, ReactionFilter.Everyone, previousFrom, previousTo).Total, window),
            AlertKind.AspectRising => Rising(rule, rows, aspectRows, from, asOf, previousFrom, previousTo, window),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "unknown alert kind"),
        };
        return new AlertCheck(rule, publication.Key, publication.DisplayName, firing, message, value, count);
    }

    private static (bool, string, double?, int) NetBelow(AlertRule rule, NetSentiment net, string window)
    {
        bool firing = net.Count >= rule.MinPosts && net.Value < rule.Threshold;
        string verdict = net.Count < rule.MinPosts
            ? $"needs {rule.MinPosts}+ opinionated clinician posts"
            : $"{(firing ? "below" : "not below")} {NetSentiment.Signed(rule.Threshold)}";
        return (firing, $"clinician net sentiment over {window} is {net.Format()}, {verdict}", net.Value, net.Count);
    }

    private static (bool, string, double?, int) Surge(AlertRule rule, int recent, int previous, string window)
    {
        double factor = recent / (double)Math.Max(1, previous);
        bool firing = recent >= rule.MinPosts && factor >= rule.Threshold;
        return (firing, $"{recent} posts over {window} against {previous} the {rule.WindowDays} days before (×{F(factor)}; alert at ×{F(rule.Threshold)} with {rule.MinPosts}+ posts)", factor, recent);
    }

    private static (bool, string, double?, int) Rising(AlertRule rule, IReadOnlyList<ReactionCount> rows, IReadOnlyList<AspectCount> aspectRows,
        DateOnly from, DateOnly to, DateOnly previousFrom, DateOnly previousTo, string window)
    {
        Aspect aspect = rule.Aspect ?? throw new ArgumentException($"alert rule '{rule.Name}' watches an aspect but names none", nameof(rule));
        int Mentions(DateOnly f, DateOnly t) => aspectRows.Where(r => r.Aspect == aspect && r.Day >= f && r.Day <= t).Sum(r => r.Count);
        double Share(int mentions, DateOnly f, DateOnly t)
        {
            int total = ReactionAnalytics.Totals(rows, ReactionFilter.Everyone, f, t).Total;
            return total == 0 ? 0 : mentions / (double)total;
        }
        int recent = Mentions(from, to), before = Mentions(previousFrom, previousTo);
        double share = Share(recent, from, to), previousShare = Share(before, previousFrom, previousTo);
        bool firing = recent >= rule.MinPosts && share - previousShare >= rule.Threshold;
        string slug = DomainSlugs.Slug(aspect);
        return (firing, $"{slug} in {recent} posts over {window} ({P(share)} of posts) against {before} ({P(previousShare)}) before; alert at +{P(rule.Threshold)} with {rule.MinPosts}+ mentions", share - previousShare, recent);
    }

    private static string F(double v) => v.ToString("0.0#", CultureInfo.InvariantCulture);

    private static string P(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
