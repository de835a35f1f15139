using System.Runtime.CompilerServices;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Collection;

/// <summary>
/// A source over a fixed list of pages ("page cursor" = index of the next page), behaving like a paged API:
/// it starts at the stored page cursor and promotes the pending mark on the last page.
/// </summary>
internal sealed class ScriptedSource(string name, IReadOnlyList<IReadOnlyList<string>> pages) : IPostSource
{
    public string Name => name;
    public List<CursorState> Resumes { get; } = [];
    public Exception? FailAtPage { get; set; }
    public int FailIndex { get; set; } = -1;

    public IReadOnlyList<CollectionQuery> QueriesFor(Publication publication, CollectionWindow window) => [new(name, "q")];

    public async IAsyncEnumerable<SourcePage> FetchAsync(CollectionQuery query, CursorState resume, CollectionWindow window, CollectionMeter meter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Resumes.Add(resume);
        int start = resume.PageCursor is { } c ? int.Parse(c) : 0;
        string? pending = resume.PendingHighWaterMark ?? $"hwm-{pages.Count}";
        for (int i = start; i < pages.Count; i++)
        {
            await Task.Yield();
            if (i == FailIndex && FailAtPage is not null)
                throw FailAtPage;
            meter.RequestSent(name);
            bool last = i == pages.Count - 1;
            CursorState after = last
                ? new CursorState(pending, null, null)
                : new CursorState(resume.HighWaterMark, (i + 1).ToString(), pending);
            yield return new SourcePage(pages[i].Select(Record).ToList(), pages[i].Count, after, last);
        }
    }

    public static ParsedRecord Record(string id) => new(
        new Post
        {
            Platform = Platform.Bluesky,
            PlatformId = id,
            CreatedAt = DateTimeOffset.UnixEpoch,
            AuthorKey = "bluesky:did:a",
            AuthorHandle = "a",
            Text = "post " + id,
            Links = [$"https://short.test/{id}"],
        },
        new Author { Platform = Platform.Bluesky, AccountId = "did:a", Handle = "a" });
}
