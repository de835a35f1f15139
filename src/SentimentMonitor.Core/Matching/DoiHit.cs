namespace SentimentMonitor.Core.Matching;

/// <summary>A DOI found in text: its canonical form and where it was written (for match evidence).</summary>
internal readonly record struct DoiHit(string Doi, int Start, int Length);
