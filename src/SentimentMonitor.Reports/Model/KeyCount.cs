namespace SentimentMonitor.Reports.Model;

/// <summary>A label and how many posts carry it (model versions, platforms, match rules…).</summary>
public sealed record KeyCount(string Key, long Count);
