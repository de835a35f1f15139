using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Reports.Export;

/// <summary>Reads posts for a query and joins each with its author and cited publications.</summary>
public static class ExportRows
{
    public static IEnumerable<ExportRow> Read(IPostRepository store, IPublicationRepository publicationRepository, PostQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(publicationRepository);
        ArgumentNullException.ThrowIfNull(query);
        Dictionary<string, Publication> publications = publicationRepository.GetAll().ToDictionary(p => p.Key, StringComparer.Ordinal);
        // Authors repeat across posts; a bounded cache avoids one lookup per post without holding all of them.
        Dictionary<string, Author?> authors = new(StringComparer.Ordinal);
        Author? AuthorOf(string key)
        {
            if (authors.TryGetValue(key, out Author? cached))
                return cached;
            if (authors.Count > 50_000)
                authors.Clear();
            return authors[key] = store.GetAuthor(key);
        }
        foreach (Post post in store.Query(query))
            yield return ExportRow.Build(post, AuthorOf, publications);
    }
}
