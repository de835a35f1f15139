using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Tests.Services;

/// <summary>A small in-memory <see cref="IPostRepository"/>: only what classification uses is implemented.</summary>
internal sealed class InMemoryPosts : IPostRepository
{
    public List<Post> Posts { get; } = [];
    public int LabelWrites { get; private set; }

    /// <summary>Posts the queries walked through, before Skip and Limit: what a store's reads cost.</summary>
    public int Scanned { get; private set; }

    public IEnumerable<Post> Query(PostQuery query)
    {
        IEnumerable<Post> q = Posts
            .Where(p => query.PublicationKey is null || p.Matches.Any(m => m.PublicationKey == query.PublicationKey))
            .Where(p => (query.From is not { } from || p.CreatedAt >= from) && (query.To is not { } to || p.CreatedAt < to));
        // A snapshot, as a store's page is: callers may write while they read the result. Like a store, it walks
        // the posts in time order and tests "unclassified" on each one it walks.
        q = (query.OldestFirst ? q.OrderBy(p => p.CreatedAt) : q.OrderByDescending(p => p.CreatedAt)).ToList();
        q = q.Select(p => { Scanned++; return p; }).Where(p => !query.UnclassifiedOnly || p.Sentiment is null).Skip(query.Skip);
        return query.Limit is int limit ? q.Take(limit) : q;
    }

    public long Count(PostQuery query) => Query(query with { Limit = null, Skip = 0 }).LongCount();

    public void SetMachineLabels(IReadOnlyList<PostLabels> labels)
    {
        LabelWrites++;
        foreach (PostLabels l in labels)
        {
            int i = Posts.FindIndex(p => p.Key == l.PostKey);
            Posts[i] = Posts[i] with { Sentiment = l.Sentiment, Evaluating = l.Evaluating, Aspects = l.Aspects };
        }
    }

    public Post? GetPost(string postKey) => Posts.FirstOrDefault(p => p.Key == postKey);
    public WriteResult UpsertBatch(IReadOnlyList<ParsedRecord> records, CollectionCursor? cursor = null) => throw new NotSupportedException();
    public void SetMatches(IReadOnlyList<(string PostKey, IReadOnlyList<PublicationMatch> Matches)> updates) => throw new NotSupportedException();
    public void SetHumanLabels(string postKey, Sentiment? sentiment, IReadOnlyList<Aspect>? aspects) => throw new NotSupportedException();
    public Author? GetAuthor(string authorKey) => throw new NotSupportedException();
    public IReadOnlyList<Author> FindAuthorsByHandle(string handle) => throw new NotSupportedException();
    public IEnumerable<Author> Authors() => throw new NotSupportedException();
    public void SetMachineAuthorLabels(IReadOnlyList<(string AuthorKey, AuthorClassification Classification)> labels) => throw new NotSupportedException();
    public void SetHumanAuthorLabel(string authorKey, AuthorClassification? classification) => throw new NotSupportedException();
    public CollectionCursor? GetCursor(string cursorKey) => throw new NotSupportedException();
    public void SaveCursor(CollectionCursor cursor) => throw new NotSupportedException();
}
