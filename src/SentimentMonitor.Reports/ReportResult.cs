using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports;

/// <summary>What a report wrote: the file names (relative to the output folder, in writing order) and the figures shown.</summary>
public sealed record ReportResult(string OutputDirectory, IReadOnlyList<string> Files, IReadOnlyList<PublicationFigures> Publications);
