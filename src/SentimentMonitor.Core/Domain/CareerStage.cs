namespace SentimentMonitor.Core.Domain;

/// <summary>Career stage when a profile states it.</summary>
public enum CareerStage
{
    Unknown,
    Student,
    Resident,
    Fellow,
    Attending,
    Retired,
}
