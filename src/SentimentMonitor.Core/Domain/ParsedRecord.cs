namespace SentimentMonitor.Core.Domain;

/// <summary>
/// What a parser or collector yields for one source record: the post and its author as seen in that
/// record. Matching and storage happen later, in services.
/// </summary>
public sealed record ParsedRecord(Post Post, Author Author);
