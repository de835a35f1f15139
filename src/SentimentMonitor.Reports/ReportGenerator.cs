using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Reports.Charts;
using SentimentMonitor.Reports.Model;
using SentimentMonitor.Reports.Output;

namespace SentimentMonitor.Reports;

/// <summary>
/// Writes a report folder: posts.csv/jsonl (one pass over posts), summary.json, PNG+SVG charts, report.md and a
/// self-contained report.html. Numbers come from the statistics port through <see cref="FiguresBuilder"/>, the same
/// engine the dashboard and <c>stats</c> use.
/// </summary>
public sealed class ReportGenerator(IPostRepository posts, IPublicationRepository publications, IReactionStatistics statistics)
{
    public ReportResult Generate(ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Publications.Count == 0)
            throw new ArgumentException("a report needs at least one publication", nameof(options));
        if (options.From is { } from && options.To is { } to && from > to)
            throw new ArgumentException($"--from {ReportText.Day(from)} is after --to {ReportText.Day(to)}", nameof(options));
        options = options with { Publications = options.Publications.DistinctBy(p => p.Key, StringComparer.Ordinal).ToArray() };
        string dir = options.OutputDirectory;
        Directory.CreateDirectory(dir);
        List<string> files = [PostsFileWriter.CsvName, PostsFileWriter.JsonlName];

        IReadOnlyDictionary<string, PostDigest> digests = PostsFileWriter.Write(posts, publications, options);
        cancellationToken.ThrowIfCancellationRequested();
        List<PublicationFigures> figures = [];
        foreach (Publication publication in options.Publications)
        {
            PublicationFigures f = FiguresBuilder.Build(publication, statistics.Counts(publication.Key), statistics.AspectCounts(publication.Key), options);
            figures.Add(f with { Posts = digests[publication.Key] });
        }
        SummaryJsonWriter.Write(Path.Combine(dir, SummaryJsonWriter.FileName), options, figures);
        files.Add(SummaryJsonWriter.FileName);

        Dictionary<string, IReadOnlyList<ChartFile>> charts = new(StringComparer.Ordinal);
        foreach (PublicationFigures f in figures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            charts[f.Publication.Key] = ChartRenderer.ForPublication(f, dir);
        }
        IReadOnlyList<ChartFile> comparison = figures.Count > 1 ? ChartRenderer.Comparison(figures, dir) : [];
        foreach (ChartFile chart in comparison.Concat(charts.Values.SelectMany(c => c)))
            files.AddRange([chart.PngFile, chart.SvgFile]);

        ReportDocument doc = new(options, figures, charts, comparison);
        MarkdownReportWriter.Write(Path.Combine(dir, MarkdownReportWriter.FileName), doc);
        HtmlReportWriter.Write(Path.Combine(dir, HtmlReportWriter.FileName), doc);
        files.AddRange([MarkdownReportWriter.FileName, HtmlReportWriter.FileName]);
        return new ReportResult(dir, files, figures);
    }
}
