namespace SentimentMonitor.Core.Domain;

/// <summary>Who an author is, as far as their profile tells.</summary>
public enum AuthorRole
{
    Unknown,
    Clinician,
    Researcher,
    Public,
    Communicator,
    Organization,
}
