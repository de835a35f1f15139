using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Ports;

/// <summary>
/// Posts, their authors and collection cursors. Every write method is one transaction, so a kill
/// leaves either all of a batch or none of it.
/// </summary>
public interface IPostRepository
{
    /// <summary>
    /// Upserts posts by (platform, platform id) and their authors by (platform, account id), and, when given,
    /// the cursor that covers them, all in one transaction. An existing post keeps its labels (machine and human);
    /// an author keeps its labels and takes the newer profile.
    /// </summary>
    WriteResult UpsertBatch(IReadOnlyList<ParsedRecord> records, CollectionCursor? cursor = null);

    Post? GetPost(string postKey);

    /// <summary>Streams posts lazily; callers must not hold the enumeration across writes.</summary>
    IEnumerable<Post> Query(PostQuery query);

    long Count(PostQuery query);

    /// <summary>Replaces the publication matches of posts (re-matching after tracking a new identifier).</summary>
    void SetMatches(IReadOnlyList<(string PostKey, IReadOnlyList<PublicationMatch> Matches)> updates);

    /// <summary>Stores machine labels; human labels stay as they are.</summary>
    void SetMachineLabels(IReadOnlyList<PostLabels> labels);

    /// <summary>Sets (or clears with null) the human sentiment and/or aspects of a post.</summary>
    void SetHumanLabels(string postKey, Sentiment? sentiment, IReadOnlyList<Aspect>? aspects);

    Author? GetAuthor(string authorKey);

    /// <summary>
    /// Authors by key, keys not stored left out. The default asks <see cref="GetAuthor"/> once per key; stores
    /// override it with one query (in LiteDB shared mode every statement reopens the file, so this matters).
    /// </summary>
    IReadOnlyDictionary<string, Author> GetAuthors(IReadOnlyCollection<string> authorKeys)
    {
        ArgumentNullException.ThrowIfNull(authorKeys);
        Dictionary<string, Author> found = new(StringComparer.Ordinal);
        foreach (string key in authorKeys.Distinct(StringComparer.Ordinal))
        {
            if (GetAuthor(key) is { } author)
                found[key] = author;
        }
        return found;
    }

    /// <summary>Authors whose handle equals <paramref name="handle"/> (case-insensitive, leading '@' ignored), on any platform.</summary>
    IReadOnlyList<Author> FindAuthorsByHandle(string handle);

    IEnumerable<Author> Authors();

    void SetMachineAuthorLabels(IReadOnlyList<(string AuthorKey, AuthorClassification Classification)> labels);

    /// <summary>Sets (or clears with null) the human label of an author.</summary>
    void SetHumanAuthorLabel(string authorKey, AuthorClassification? classification);

    CollectionCursor? GetCursor(string cursorKey);

    void SaveCursor(CollectionCursor cursor);
}
