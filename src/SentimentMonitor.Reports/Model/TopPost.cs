namespace SentimentMonitor.Reports.Model;

/// <summary>A clinician post quoted in the report: who, when, what, how engaged, and where to open it.</summary>
public sealed record TopPost(string Key, string Platform, string Handle, string? Url, DateTimeOffset CreatedAt, string Text, long Engagement, string Sentiment, string Specialty);
