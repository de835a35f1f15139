namespace SentimentMonitor.Core.Statistics;

/// <summary>Width of a trend bucket. Weeks start on Monday (ISO 8601), in UTC days.</summary>
public enum TrendGranularity
{
    Day,
    Week,
}
