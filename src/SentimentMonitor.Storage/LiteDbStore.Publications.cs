using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Storage;

/// <summary>Tracked publications: a handful of documents, so lookups by any identifier scan them in memory.</summary>
public sealed partial class LiteDbStore
{
    public void Upsert(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentException.ThrowIfNullOrWhiteSpace(publication.Key);
        InTransaction(() => _publications.Upsert(PublicationDocuments.ToDocument(publication)));
    }

    public IReadOnlyList<Publication> GetAll() =>
        Read(() => _publications.FindAll().Select(PublicationDocuments.FromDocument).OrderBy(p => p.TrackedAt).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray());

    public Publication? Find(string identifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        string wanted = identifier.Trim();
        IReadOnlyList<Publication> all = GetAll();
        Publication? byKey = all.FirstOrDefault(p => p.Key.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        if (byKey is not null)
            return byKey;
        // A DOI in any URL or case form, a PMID, a PMCID, or a PubMed/PMC link.
        return PublicationIdentity.TryParse(wanted, out PublicationIdentifier? id)
            ? all.FirstOrDefault(p => PublicationIdentity.Refers(p, id))
            : null;
    }
}
