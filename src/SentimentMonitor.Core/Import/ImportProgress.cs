namespace SentimentMonitor.Core.Import;

/// <summary>Progress of one file after a batch was written: records so far and bytes consumed (when the stream can tell).</summary>
public sealed record ImportProgress(string File, long Read, long Written, long BytesRead, long? BytesTotal);
