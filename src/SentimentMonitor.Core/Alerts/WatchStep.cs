namespace SentimentMonitor.Core.Alerts;

/// <summary>One stage of a watch cycle (collect, classify, alerts): runs and returns a one-line summary.</summary>
public sealed record WatchStep(string Name, Func<CancellationToken, Task<string>> Run);
