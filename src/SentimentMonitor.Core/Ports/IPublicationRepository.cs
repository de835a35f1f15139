using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>Tracked publications.</summary>
public interface IPublicationRepository
{
    /// <summary>Inserts or replaces by <see cref="Publication.Key"/>.</summary>
    void Upsert(Publication publication);

    IReadOnlyList<Publication> GetAll();

    /// <summary>Finds by key, DOI (any case or URL form), PMID, PMCID; null when none.</summary>
    Publication? Find(string identifier);
}
