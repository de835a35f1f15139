namespace SentimentMonitor.Core.Domain;

/// <summary>
/// Who an author is: role, specialty and stage, with the evidence (words or rules) that decided.
/// <see cref="Source"/> is a model/rules version, or "human" for an override.
/// </summary>
public sealed record AuthorClassification(
    AuthorRole Role,
    Specialty Specialty,
    CareerStage Stage,
    IReadOnlyList<string> Evidence,
    string Source);
