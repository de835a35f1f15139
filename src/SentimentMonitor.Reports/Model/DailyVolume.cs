namespace SentimentMonitor.Reports.Model;

/// <summary>Posts on one day, counted from the publication date (day 0), with the running total.</summary>
public sealed record DailyVolume(int DaysSincePublication, int Posts, int Cumulative);
