using LiteDB;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Storage;

/// <summary>Many authors in one statement: the dashboard resolves the authors of a page of posts at once.</summary>
public sealed partial class LiteDbStore
{
    public IReadOnlyDictionary<string, Author> GetAuthors(IReadOnlyCollection<string> authorKeys)
    {
        ArgumentNullException.ThrowIfNull(authorKeys);
        BsonValue[] ids = authorKeys.Distinct(StringComparer.Ordinal).Select(k => new BsonValue(k)).ToArray();
        if (ids.Length == 0)
            return new Dictionary<string, Author>(StringComparer.Ordinal);
        return Read(() => _authors.Find(LiteDB.Query.In("_id", ids))
            .Select(AuthorDocuments.FromDocument)
            .ToDictionary(a => a.Key, StringComparer.Ordinal));
    }
}
