namespace SentimentMonitor.Core.Import;

/// <summary>How <see cref="ImportService"/> writes: records per transaction, and whether the first bad record stops it.</summary>
/// <param name="BatchSize">Records per transaction. Larger batches are faster; a kill loses at most one batch of work.</param>
/// <param name="Strict">Stop at the first rejected record; the batch holding it is not written.</param>
public sealed record ImportOptions(int BatchSize = 2000, bool Strict = false);
