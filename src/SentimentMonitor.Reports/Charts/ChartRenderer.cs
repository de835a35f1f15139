using ScottPlot;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Charts;

/// <summary>
/// Draws every chart of a report and saves each as PNG and SVG (<see cref="ChartStyle.Width"/>×<see cref="ChartStyle.Height"/>).
/// Chart files of a publication start with its slug; comparison charts start with "comparison-".
/// </summary>
public static class ChartRenderer
{
    public static IReadOnlyList<ChartFile> ForPublication(PublicationFigures f, string directory)
    {
        ArgumentNullException.ThrowIfNull(f);
        string audience = f.Audience.Describe();
        List<ChartFile> files =
        [
            Save(WeeklySentimentChart.Build(f.Weekly, Titled("Posts per week by sentiment", f), audience), directory, f.Slug + "-weekly-sentiment",
                "Posts per week by sentiment",
                $"Posts by {audience} citing the paper, per ISO week (Monday start, UTC), stacked by the sentiment label in effect."),
            Save(NetSentimentChart.Build(f.ClinicianWeekly, Titled("Clinician net sentiment per week", f)), directory, f.Slug + "-clinician-net",
                "Clinician net sentiment per week",
                "(positive − negative) / (positive + negative) of clinicians' posts each week; neutral posts do not count. Whiskers and band: 95% Wilson interval; n = opinionated posts that week."),
            Save(BreakdownChart.Build(f.Specialties, Titled("Clinician posts by specialty", f), "Specialty", "Clinician posts", false), directory, f.Slug + "-specialties",
                "Clinician posts by specialty", "Clinicians' posts per specialty (bar length), split by sentiment; label: net sentiment and its 95% interval."),
            Save(BreakdownChart.Build(f.Aspects, Titled("Aspects discussed", f), "Aspect", $"Posts ({audience}) mentioning the aspect", true), directory, f.Slug + "-aspects",
                "Aspects discussed", "Posts mentioning each aspect (a post can mention several), their share of all posts, and the net sentiment of those posts."),
            Save(BreakdownChart.Build(f.Platforms, Titled("Posts by platform", f), "Platform", $"Posts ({audience})", false), directory, f.Slug + "-platforms",
                "Posts by platform", "Posts per platform, split by sentiment, with net sentiment and its 95% interval."),
        ];
        return files;
    }

    public static IReadOnlyList<ChartFile> Comparison(IReadOnlyList<PublicationFigures> papers, string directory)
    {
        ArgumentNullException.ThrowIfNull(papers);
        string audience = papers.Count == 0 ? "everyone" : papers[0].Audience.Describe();
        return
        [
            Save(ComparisonCharts.Volume(papers, audience), directory, "comparison-volume", "Cumulative posts since publication",
                "Running total of posts per paper, day 0 = publication date (or the first post when the date is unknown)."),
            Save(ComparisonCharts.Net(papers), directory, "comparison-clinician-net", "Clinician net sentiment by week since publication",
                "Weekly clinician net sentiment of each paper, aligned on weeks since publication; whiskers are 95% Wilson intervals."),
        ];
    }

    /// <summary>
    /// The chart's title over the paper's name: a chart copied onto a slide on its own must still say which paper
    /// it is about.
    /// </summary>
    private static string Titled(string chart, PublicationFigures f) => chart + "\n" + ComparisonCharts.Name(f);

    private static ChartFile Save(Plot plot, string directory, string baseName, string title, string caption)
    {
        string png = baseName + ".png", svg = baseName + ".svg";
        plot.SavePng(Path.Combine(directory, png), ChartStyle.Width, ChartStyle.Height);
        File.WriteAllText(Path.Combine(directory, svg), SvgIds.Renumber(plot.GetSvgXml(ChartStyle.Width, ChartStyle.Height)), new System.Text.UTF8Encoding(false));
        plot.Dispose();
        return new ChartFile(title, caption, png, svg);
    }
}
