namespace SentimentMonitor.Core.Ports;

/// <summary>What one batch write did: posts that were new and posts already stored (updated in place).</summary>
public sealed record WriteResult(int New, int Duplicates);
