using SentimentMonitor.Reports.Charts;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Output;

/// <summary>Everything report.md and report.html show: the figures, their chart files, and the options that produced them.</summary>
public sealed record ReportDocument(
    ReportOptions Options,
    IReadOnlyList<PublicationFigures> Publications,
    IReadOnlyDictionary<string, IReadOnlyList<ChartFile>> Charts,
    IReadOnlyList<ChartFile> ComparisonCharts);
