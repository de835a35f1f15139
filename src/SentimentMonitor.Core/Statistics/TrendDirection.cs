namespace SentimentMonitor.Core.Statistics;

/// <summary>How clinician net sentiment moved between two windows; Unknown when either has too few posts.</summary>
public enum TrendDirection
{
    Unknown,
    Up,
    Flat,
    Down,
}
