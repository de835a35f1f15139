using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Reports.Model;

/// <summary>
/// Turns the pre-aggregated rows of one publication into <see cref="PublicationFigures"/>. Pure: the same rows and
/// options give the same figures, which is what keeps summary.json and the charts reproducible.
/// </summary>
public static class FiguresBuilder
{
    public static PublicationFigures Build(Publication publication, IReadOnlyList<ReactionCount> allRows, IReadOnlyList<AspectCount> allAspectRows, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(allRows);
        ArgumentNullException.ThrowIfNull(allAspectRows);
        ArgumentNullException.ThrowIfNull(options);
        ReactionCount[] rows = allRows.Where(r => r.Count > 0 && options.Contains(r.Day)).ToArray();
        AspectCount[] aspectRows = allAspectRows.Where(r => r.Count > 0 && options.Contains(r.Day)).ToArray();
        ReactionFilter audience = options.CliniciansOnly ? ReactionFilter.Clinicians : ReactionFilter.Everyone;

        SentimentTally everyone = ReactionAnalytics.Totals(rows, ReactionFilter.Everyone);
        DateOnly? lastDay = rows.Length == 0 ? null : rows.Max(r => r.Day);
        DateTimeOffset? lastAt = lastDay is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        PublicationSummary summary = PublicationSummarizer.Summarize(publication, rows, everyone.Total, lastAt, options.To ?? lastDay);

        DateOnly? origin = publication.PublishedOn ?? (rows.Length == 0 ? null : rows.Min(r => r.Day));
        return new PublicationFigures
        {
            Publication = publication,
            Slug = Slug(publication.Key),
            Audience = audience,
            Summary = summary,
            Totals = ReactionAnalytics.Totals(rows, audience),
            ClinicianTotals = ReactionAnalytics.Totals(rows, ReactionFilter.Clinicians),
            Weekly = ReactionAnalytics.Trend(rows, audience, TrendGranularity.Week),
            ClinicianWeekly = ReactionAnalytics.Trend(rows, ReactionFilter.Clinicians, TrendGranularity.Week),
            Specialties = ReactionAnalytics.BySpecialty(rows, ReactionFilter.Clinicians),
            Aspects = ReactionAnalytics.ByAspect(aspectRows, rows, audience),
            Platforms = ReactionAnalytics.ByPlatform(rows, audience),
            Roles = ReactionAnalytics.ByRole(rows, audience),
            Origin = origin,
            Daily = origin is { } o ? Daily(rows, audience, o) : [],
            ClinicianNetSincePublication = origin is { } w ? WeeksSince(rows, w) : [],
        };
    }

    /// <summary>Posts per day since <paramref name="origin"/> (days before it are dropped), every day present, with running totals.</summary>
    public static IReadOnlyList<DailyVolume> Daily(IEnumerable<ReactionCount> rows, ReactionFilter filter, DateOnly origin)
    {
        SortedDictionary<int, int> byDay = [];
        foreach (ReactionCount row in rows)
        {
            int offset = row.Day.DayNumber - origin.DayNumber;
            if (offset >= 0 && filter.Matches(row))
                byDay[offset] = byDay.GetValueOrDefault(offset) + row.Count;
        }
        if (byDay.Count == 0)
            return [];
        List<DailyVolume> days = [];
        int cumulative = 0;
        for (int day = 0; day <= byDay.Keys.Last(); day++)
        {
            int posts = byDay.GetValueOrDefault(day);
            cumulative += posts;
            days.Add(new DailyVolume(day, posts, cumulative));
        }
        return days;
    }

    /// <summary>Clinician net sentiment per week since <paramref name="origin"/>; weeks before it are dropped.</summary>
    public static IReadOnlyList<WeekSincePublication> WeeksSince(IEnumerable<ReactionCount> rows, DateOnly origin)
    {
        SortedDictionary<int, NetSentiment> byWeek = [];
        foreach (ReactionCount row in rows)
        {
            int offset = row.Day.DayNumber - origin.DayNumber;
            if (offset < 0 || !ReactionFilter.Clinicians.Matches(row))
                continue;
            NetSentiment add = row.Sentiment switch
            {
                Sentiment.Positive => new NetSentiment(row.Count, 0),
                Sentiment.Negative => new NetSentiment(0, row.Count),
                _ => NetSentiment.None,
            };
            byWeek[offset / 7] = (byWeek.GetValueOrDefault(offset / 7) ?? NetSentiment.None).Add(add);
        }
        if (byWeek.Count == 0)
            return [];
        return Enumerable.Range(0, byWeek.Keys.Last() + 1)
            .Select(w => new WeekSincePublication(w, byWeek.GetValueOrDefault(w) ?? NetSentiment.None)).ToArray();
    }

    /// <summary>"10.1056/NEJMoa2214171" → "10.1056-nejmoa2214171": lower case, anything but [a-z0-9.] becomes '-'.</summary>
    public static string Slug(string key)
    {
        StringBuilder sb = new(key.Length);
        foreach (char c in key.ToLowerInvariant())
            sb.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' ? c : '-');
        return sb.ToString().Trim('-', '.');
    }
}
