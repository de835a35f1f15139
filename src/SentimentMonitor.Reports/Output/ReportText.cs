using System.Globalization;
using SentimentMonitor.Core.Statistics;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Output;

/// <summary>The sentences report.md and report.html share (headlines, method, caveats), so both say the same thing.</summary>
public static class ReportText
{
    /// <summary>Below this many opinionated clinician posts a net sentiment is flagged as a small count.</summary>
    public const int SmallCount = 30;

    public static string Period(ReportOptions o) => (o.From, o.To) switch
    {
        (null, null) => "all posts stored",
        (DateOnly f, null) => $"posts from {Day(f)}",
        (null, DateOnly t) => $"posts up to {Day(t)}",
        (DateOnly f, DateOnly t) => $"posts from {Day(f)} to {Day(t)}",
    };

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Headline facts as (label, value) pairs, in display order.</summary>
    public static IReadOnlyList<(string Label, string Value)> Headlines(PublicationFigures f)
    {
        PublicationSummary s = f.Summary;
        List<(string, string)> lines =
        [
            ("Posts", Number(s.Posts)),
            ("Posts by clinicians", Number(s.ClinicianPosts)),
            ("Clinician net sentiment", s.ClinicianNet.Format()),
            ($"Last 7 days{(s.AsOf is { } a ? " to " + Day(a) : "")}", s.LastWeek.Format()),
            ("Previous 7 days", s.PreviousWeek.Format()),
            ("Direction", Direction(s)),
        ];
        if (f.Totals.Unclassified > 0)
            lines.Add(("Not yet classified", Number(f.Totals.Unclassified)));
        return lines;
    }

    public static string Direction(PublicationSummary s) => s.Direction switch
    {
        TrendDirection.Up => "↑ improving",
        TrendDirection.Down => "↓ worsening",
        TrendDirection.Flat => "→ steady",
        _ => $"· too few posts ({PublicationSummarizer.MinimumPerWindow}+ per week needed)",
    };

    public static IReadOnlyList<string> Caveats(PublicationFigures f)
    {
        List<string> caveats = [];
        NetSentiment net = f.Summary.ClinicianNet;
        if (net.Count < SmallCount)
            caveats.Add($"Small count: clinician net sentiment rests on {net.Count} positive or negative posts; its 95% interval is {(net.Value is null ? "undefined" : $"{NetSentiment.Signed(net.Low!.Value)} to {NetSentiment.Signed(net.High!.Value)}")}.");
        int thinWeeks = f.ClinicianWeekly.Count(w => w.Net.Count is > 0 and < 5);
        if (thinWeeks > 0)
            caveats.Add($"{thinWeeks} of {f.ClinicianWeekly.Count} weeks have fewer than 5 opinionated clinician posts; read their points with their intervals.");
        if (f.Totals.Unclassified > 0)
            caveats.Add($"{Number(f.Totals.Unclassified)} posts have no sentiment label yet (run classify); they count in volumes, not in net sentiment.");
        BreakdownRow? unknown = f.Specialties.FirstOrDefault(r => r.Key == "unknown");
        if (unknown is not null)
            caveats.Add($"{Number(unknown.Posts)} clinician posts come from authors whose specialty could not be told from their profile.");
        caveats.Add("Labels are machine predictions unless a person relabelled the post; roles and specialties come from public profiles and can be wrong.");
        caveats.Add("Platform search reaches only public posts the APIs return; people who post about a paper are not a sample of all clinicians.");
        return caveats;
    }

    public const string NetDefinition =
        "Net sentiment = (positive − negative) / (positive + negative), from −1 (all negative) to +1 (all positive); neutral posts do not count. " +
        "Intervals are 95% Wilson score intervals of the positive share, mapped to the same scale.";

    public const string MatchingDefinition =
        "A post cites a paper when it links its DOI (doi.org or DOI text), the publisher's page, PubMed or PMC, another tracked URL, " +
        "quotes its title, or uses a tracked keyword or hashtag; the strongest rule that matched is counted below.";

    public static string Counts(IReadOnlyList<KeyCount> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => $"{c.Key} ({Number(c.Count)})"));

    /// <summary>"platform · date · @handle · specialty · engagement".</summary>
    public static string Byline(TopPost p) =>
        $"{p.Platform} · {p.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · @{p.Handle.TrimStart('@')} · {p.Specialty.Replace('_', ' ')} · engagement {Number(p.Engagement)}";

    /// <summary>Only http(s) links of posts become clickable; anything else in untrusted data is dropped.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) ? u.AbsoluteUri : null;
}
