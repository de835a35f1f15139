using System.Globalization;
using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Reports.Charts;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Output;

/// <summary>Writes report.md: headlines, charts (linked PNGs beside it), top clinician posts and the method.</summary>
public static class MarkdownReportWriter
{
    public const string FileName = "report.md";

    public static void Write(string path, ReportDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        StringBuilder md = new();
        md.AppendLine("# Reception report").AppendLine();
        md.AppendLine($"{ReportText.Period(doc.Options)}; audience: {(doc.Options.CliniciansOnly ? "clinicians only" : "everyone")}.");
        if (doc.Options.GeneratedAt is { } at)
            md.AppendLine($"Generated {at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");
        md.AppendLine();
        if (doc.ComparisonCharts.Count > 0)
        {
            md.AppendLine("## Comparison").AppendLine();
            foreach (ChartFile chart in doc.ComparisonCharts)
                Chart(md, chart);
        }
        foreach (PublicationFigures f in doc.Publications)
            Publication(md, f, doc.Charts[f.Publication.Key]);
        md.AppendLine("## Method").AppendLine();
        md.AppendLine(ReportText.NetDefinition).AppendLine();
        md.AppendLine(ReportText.MatchingDefinition).AppendLine();
        foreach (PublicationFigures f in doc.Publications)
        {
            md.AppendLine($"**{Escape(f.Publication.DisplayName)}**").AppendLine();
            md.AppendLine($"- Data sources (posts per platform): {string.Join(", ", f.Platforms.Select(p => $"{p.Key} ({ReportText.Number(p.Posts)})"))}");
            md.AppendLine($"- Sentiment labels: {ReportText.Counts(f.Posts.SentimentSources)}");
            md.AppendLine($"- Author roles and specialties: {ReportText.Counts(f.Posts.AuthorSources)}");
            md.AppendLine($"- Matching rules: {ReportText.Counts(f.Posts.MatchRules)}");
            foreach (string caveat in ReportText.Caveats(f))
                md.AppendLine($"- Caveat: {caveat}");
            md.AppendLine();
        }
        md.AppendLine("Data behind every chart: `summary.json`; every post: `posts.csv`, `posts.jsonl`. Charts are also saved as SVG.");
        File.WriteAllText(path, md.ToString(), new UTF8Encoding(false));
    }

    private static void Publication(StringBuilder md, PublicationFigures f, IReadOnlyList<ChartFile> charts)
    {
        Publication p = f.Publication;
        md.AppendLine($"## {Escape(p.DisplayName)}").AppendLine();
        List<string> ids = [];
        if (p.Journal is not null) ids.Add(Escape(p.Journal));
        if (p.PublishedOn is { } on) ids.Add("published " + ReportText.Day(on));
        if (p.Doi is not null) ids.Add($"DOI [{p.Doi}](https://doi.org/{p.Doi})");
        if (p.Pmid is not null) ids.Add("PMID " + p.Pmid);
        if (ids.Count > 0)
            md.AppendLine(string.Join(" · ", ids)).AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        foreach ((string label, string value) in ReportText.Headlines(f))
            md.AppendLine($"| {label} | {Escape(value)} |");
        md.AppendLine();
        foreach (ChartFile chart in charts)
            Chart(md, chart);
        TopPosts(md, "Most engaged positive clinician posts", f.Posts.TopPositive);
        TopPosts(md, "Most engaged negative clinician posts", f.Posts.TopNegative);
    }

    private static void Chart(StringBuilder md, ChartFile chart)
    {
        md.AppendLine($"### {chart.Title}").AppendLine();
        md.AppendLine($"![{chart.Title}]({chart.PngFile})").AppendLine();
        md.AppendLine($"*{chart.Caption}* ([SVG]({chart.SvgFile}))").AppendLine();
    }

    private static void TopPosts(StringBuilder md, string title, IReadOnlyList<TopPost> posts)
    {
        md.AppendLine($"### {title}").AppendLine();
        if (posts.Count == 0)
        {
            md.AppendLine("None in this period.").AppendLine();
            return;
        }
        foreach (TopPost post in posts)
        {
            string? url = ReportText.SafeUrl(post.Url);
            md.AppendLine($"> {Escape(post.Text).ReplaceLineEndings(" ")}");
            md.AppendLine(">");
            md.AppendLine($"> — {Escape(ReportText.Byline(post))}{(url is null ? "" : $" · [open]({url})")}");
            md.AppendLine();
        }
    }

    /// <summary>Neutralises Markdown and HTML syntax in untrusted text (post text, titles).</summary>
    public static string Escape(string text)
    {
        StringBuilder sb = new(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
