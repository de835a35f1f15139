using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Authors;

/// <summary>One line of an evaluate-authors file: the true role and specialty of a bio.</summary>
public sealed record AuthorGoldLabel(int LineNumber, AuthorRole Role, Specialty Specialty, string Bio);
