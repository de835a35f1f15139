using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>Decides an author's role, specialty and career stage from the profile. Implementations are thread-safe.</summary>
public interface IAuthorClassifier
{
    /// <summary>Rules/model version written to <see cref="AuthorClassification.Source"/>.</summary>
    string Version { get; }

    AuthorClassification Classify(Author author);
}
