using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Tests.Collection;

/// <summary>Test double of the post store: posts and cursors in dictionaries; each UpsertBatch is one atomic step.</summary>
internal sealed class InMemoryPostRepository : IPostRepository
{
    public Dictionary<string, Post> Posts { get; } = [];
    public Dictionary<string, CollectionCursor> Cursors { get; } = [];
    public List<(int Records, CollectionCursor? Cursor)> Batches { get; } = [];

    public WriteResult UpsertBatch(IReadOnlyList<ParsedRecord> records, CollectionCursor? cursor = null)
    {
        int added = 0;
        foreach (ParsedRecord r in records)
        {
            if (!Posts.ContainsKey(r.Post.Key))
                added++;
            Posts[r.Post.Key] = r.Post;
        }
        if (cursor is not null)
            Cursors[cursor.Key] = cursor;
        Batches.Add((records.Count, cursor));
        return new WriteResult(added, records.Count - added);
    }

    public CollectionCursor? GetCursor(string cursorKey) => Cursors.GetValueOrDefault(cursorKey);
    public void SaveCursor(CollectionCursor cursor) => Cursors[cursor.Key] = cursor;
    public Post? GetPost(string postKey) => Posts.GetValueOrDefault(postKey);

    public IEnumerable<Post> Query(PostQuery query) => throw new NotSupportedException();
    public long Count(PostQuery query) => throw new NotSupportedException();
    public void SetMatches(IReadOnlyList<(string PostKey, IReadOnlyList<PublicationMatch> Matches)> updates) => throw new NotSupportedException();
    public void SetMachineLabels(IReadOnlyList<PostLabels> labels) => throw new NotSupportedException();
    public void SetHumanLabels(string postKey, Sentiment? sentiment, IReadOnlyList<Aspect>? aspects) => throw new NotSupportedException();
    public Author? GetAuthor(string authorKey) => throw new NotSupportedException();
    public IReadOnlyList<Author> FindAuthorsByHandle(string handle) => throw new NotSupportedException();
    public IEnumerable<Author> Authors() => throw new NotSupportedException();
    public void SetMachineAuthorLabels(IReadOnlyList<(string AuthorKey, AuthorClassification Classification)> labels) => throw new NotSupportedException();
    public void SetHumanAuthorLabel(string authorKey, AuthorClassification? classification) => throw new NotSupportedException();
}
