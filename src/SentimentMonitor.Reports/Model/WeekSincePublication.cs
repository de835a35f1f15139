using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Reports.Model;

/// <summary>Clinician net sentiment in week N after publication (days 7N..7N+6), the axis used to compare papers.</summary>
public sealed record WeekSincePublication(int Week, NetSentiment Net);
