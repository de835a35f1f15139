using System.Globalization;
using System.Net;
using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Reports.Charts;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Output;

/// <summary>
/// Writes report.html: one self-contained file (inline CSS, charts as PNG data URIs, no script, no external
/// resource) that can be mailed or opened offline. Post text and titles are untrusted and always HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    public const string FileName = "report.html";

    public static void Write(string path, ReportDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        StringBuilder h = new();
        h.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.AppendLine($"<title>Reception report – {E(string.Join(" vs ", doc.Publications.Select(ComparisonCharts.Name)))}</title>");
        h.AppendLine($"<style>{HtmlStyle.Css}</style></head><body><main>");
        h.AppendLine("<header><h1>Reception report</h1>");
        h.AppendLine($"<p class=\"meta\">{E(ReportText.Period(doc.Options))} · audience: {(doc.Options.CliniciansOnly ? "clinicians only" : "everyone")}</p></header>");
        if (doc.ComparisonCharts.Count > 0)
        {
            h.AppendLine("<section><h2>Comparison</h2>");
            foreach (ChartFile chart in doc.ComparisonCharts)
                Figure(h, chart, directory);
            h.AppendLine("</section>");
        }
        foreach (PublicationFigures f in doc.Publications)
            Publication(h, f, doc.Charts[f.Publication.Key], directory);
        Method(h, doc);
        h.Append("<footer>Numbers behind every chart: summary.json · every post: posts.csv, posts.jsonl");
        if (doc.Options.GeneratedAt is { } at)
            h.Append($" · generated {at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        h.AppendLine("</footer></main></body></html>");
        File.WriteAllText(path, h.ToString(), new UTF8Encoding(false));
    }

    private static void Publication(StringBuilder h, PublicationFigures f, IReadOnlyList<ChartFile> charts, string directory)
    {
        Publication p = f.Publication;
        h.AppendLine($"<section><h2>{E(p.DisplayName)}</h2>");
        List<string> ids = [];
        if (p.Journal is not null) ids.Add(E(p.Journal));
        if (p.PublishedOn is { } on) ids.Add("published " + ReportText.Day(on));
        if (p.Doi is not null) ids.Add($"DOI <a href=\"https://doi.org/{E(Uri.EscapeDataString(p.Doi).Replace("%2F", "/"))}\">{E(p.Doi)}</a>");
        if (p.Pmid is not null) ids.Add("PMID " + E(p.Pmid));
        if (ids.Count > 0)
            h.AppendLine($"<p class=\"meta\">{string.Join(" · ", ids)}</p>");
        h.AppendLine("<div class=\"cards\">");
        foreach ((string label, string value) in ReportText.Headlines(f))
            h.AppendLine($"<div class=\"card\"><div class=\"label\">{E(label)}</div><div class=\"value\">{E(value)}</div></div>");
        h.AppendLine("</div>");
        foreach (ChartFile chart in charts)
            Figure(h, chart, directory);
        TopPosts(h, "Most engaged positive clinician posts", f.Posts.TopPositive, "positive");
        TopPosts(h, "Most engaged negative clinician posts", f.Posts.TopNegative, "negative");
        h.AppendLine("</section>");
    }

    private static void Figure(StringBuilder h, ChartFile chart, string directory)
    {
        string data = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(directory, chart.PngFile)));
        h.AppendLine($"<figure><img alt=\"{E(chart.Title)}\" width=\"{ChartStyle.Width}\" height=\"{ChartStyle.Height}\" src=\"data:image/png;base64,{data}\">");
        h.AppendLine($"<figcaption>{E(chart.Caption)}</figcaption></figure>");
    }

    private static void TopPosts(StringBuilder h, string title, IReadOnlyList<TopPost> posts, string tone)
    {
        h.AppendLine($"<h3>{E(title)}</h3>");
        if (posts.Count == 0)
        {
            h.AppendLine("<p class=\"meta\">None in this period.</p>");
            return;
        }
        foreach (TopPost post in posts)
        {
            string? url = ReportText.SafeUrl(post.Url);
            h.Append($"<blockquote class=\"{tone}\"><p>{E(post.Text)}</p><cite>{E(ReportText.Byline(post))}");
            if (url is not null)
                h.Append($" · <a href=\"{E(url)}\" rel=\"noopener noreferrer\">open post</a>");
            h.AppendLine("</cite></blockquote>");
        }
    }

    private static void Method(StringBuilder h, ReportDocument doc)
    {
        h.AppendLine("<section class=\"method\"><h2>Method</h2>");
        h.AppendLine($"<p>{E(ReportText.NetDefinition)}</p><p>{E(ReportText.MatchingDefinition)}</p>");
        foreach (PublicationFigures f in doc.Publications)
        {
            h.AppendLine($"<h3>{E(f.Publication.DisplayName)}</h3><ul>");
            h.AppendLine($"<li>Data sources (posts per platform): {E(string.Join(", ", f.Platforms.Select(p => $"{p.Key} ({ReportText.Number(p.Posts)})")))}</li>");
            h.AppendLine($"<li>Sentiment labels: {E(ReportText.Counts(f.Posts.SentimentSources))}</li>");
            h.AppendLine($"<li>Author roles and specialties: {E(ReportText.Counts(f.Posts.AuthorSources))}</li>");
            h.AppendLine($"<li>Matching rules: {E(ReportText.Counts(f.Posts.MatchRules))}</li></ul>");
            h.AppendLine("<ul class=\"caveats\">");
            foreach (string caveat in ReportText.Caveats(f))
                h.AppendLine($"<li>{E(caveat)}</li>");
            h.AppendLine("</ul>");
        }
        h.AppendLine("</section>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
