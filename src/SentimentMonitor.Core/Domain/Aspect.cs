namespace SentimentMonitor.Core.Domain;

/// <summary>A reason behind a reaction to a study (multi-label per post).</summary>
public enum Aspect
{
    Efficacy,
    Safety,
    StudyDesign,
    CostAccess,
    ConflictOfInterest,
    PracticeChange,
    Equity,
}
