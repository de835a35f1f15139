namespace SentimentMonitor.Reports.Charts;

/// <summary>One rendered chart: its title, a caption saying how to read it, and the PNG and SVG file names (relative to the report folder).</summary>
public sealed record ChartFile(string Title, string Caption, string PngFile, string SvgFile);
