using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Import;

/// <summary>
/// What an import did. <see cref="Read"/> counts every source record (stored or rejected), so
/// Read = New + Duplicates + Rejected + NotWritten; <see cref="Unmatched"/> counts stored posts that cite no tracked publication.
/// </summary>
public sealed record ImportSummary(long Read, long New, long Duplicates, long Unmatched, long Rejected)
{
    public static readonly ImportSummary Empty = new(0, 0, 0, 0, 0);

    /// <summary>Set when a strict import stopped at this record.</summary>
    public RejectedRecord? StoppedAt { get; init; }

    /// <summary>Valid records read but not written because a strict import stopped in their batch.</summary>
    public long NotWritten { get; init; }

    public ImportSummary Plus(ImportSummary other) => new(
        Read + other.Read, New + other.New, Duplicates + other.Duplicates, Unmatched + other.Unmatched, Rejected + other.Rejected)
    {
        StoppedAt = StoppedAt ?? other.StoppedAt,
        NotWritten = NotWritten + other.NotWritten,
    };
}
