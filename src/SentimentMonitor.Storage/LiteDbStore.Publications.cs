using SentimentMonitor.Core.Domain;

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
        string doi = StripDoiPrefix(wanted);
        string pmid = wanted.StartsWith("pmid:", StringComparison.OrdinalIgnoreCase) ? wanted[5..] : wanted;
        string pmcid = wanted.StartsWith("pmc:", StringComparison.OrdinalIgnoreCase) ? wanted[4..] : wanted;
        return GetAll().FirstOrDefault(p =>
            p.Key.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || (p.Doi is not null && p.Doi.Equals(doi, StringComparison.OrdinalIgnoreCase))
            || (p.Pmid is not null && p.Pmid.Equals(pmid, StringComparison.OrdinalIgnoreCase))
            || (p.Pmcid is not null && p.Pmcid.Equals(pmcid, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>"https://doi.org/10.1/x", "doi:10.1/x", "10.1/X" all name the same DOI.</summary>
    private static string StripDoiPrefix(string text)
    {
        string s = Uri.UnescapeDataString(text);
        foreach (string prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:" })
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return s[prefix.Length..].Trim();
        }
        return s;
    }
}
