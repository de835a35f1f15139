using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Matching;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Collection;

/// <summary>
/// Runs live collection: for each (publication, source, query) it resumes from the stored cursor, expands
/// shortened links, matches each page's posts and writes them together with the cursor in one
/// <see cref="IPostRepository.UpsertBatch"/>, so a kill at any moment resumes with no gap and no duplicate.
/// </summary>
public sealed class CollectionService
{
    private readonly IPostRepository _posts;
    private readonly IReadOnlyList<IPostSource> _sources;
    private readonly TimeProvider _time;
    private readonly ILinkExpander? _expander;

    public CollectionService(IPostRepository posts, IReadOnlyList<IPostSource> sources, TimeProvider time, ILinkExpander? expander = null)
    {
        _posts = posts ?? throw new ArgumentNullException(nameof(posts));
        _sources = sources ?? throw new ArgumentNullException(nameof(sources));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _expander = expander;
    }

    public async Task<CollectionSummary> RunAsync(CollectionRequest request, CollectionMeter meter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(meter);
        long started = _time.GetTimestamp();
        List<string> errors = [];
        List<string> notes = [];
        bool budgetReached = false;
        PublicationMatcher matcher = new(request.AllPublications);

        foreach (IPostSource source in _sources)
        {
            if (request.Sources is not null && !request.Sources.Contains(source.Name))
                continue;
            foreach (Publication publication in request.Publications)
            {
                CollectionWindow window = request.Window with { Since = request.Window.Since ?? StartOf(publication.PublishedOn) };
                IReadOnlyList<CollectionQuery> queries = source.QueriesFor(publication, window);
                if (queries.Count == 0)
                    notes.Add($"{source.Name}: nothing to search for {publication.Key} (add {source.SearchableBy})");
                foreach (CollectionQuery query in queries)
                {
                    if (meter.Exhausted)
                    {
                        budgetReached = true;
                        break;
                    }
                    (QueryOutcome outcome, string? error) = await RunQueryAsync(source, publication, query, window, matcher, meter, notes, cancellationToken);
                    budgetReached |= outcome == QueryOutcome.BudgetReached;
                    if (error is not null)
                        errors.Add(error);
                    if (outcome == QueryOutcome.AuthFailed)
                        goto nextSource;
                }
            }
        nextSource:;
        }

        return new CollectionSummary(meter.Totals(), _time.GetElapsedTime(started), budgetReached, errors, notes);
    }

    private async Task<(QueryOutcome, string?)> RunQueryAsync(IPostSource source, Publication publication, CollectionQuery query, CollectionWindow window,
        PublicationMatcher matcher, CollectionMeter meter, List<string> notes, CancellationToken ct)
    {
        CollectionCursor template = new() { PublicationKey = publication.Key, Source = query.Source, Query = query.Text };
        CollectionCursor? stored = _posts.GetCursor(template.Key);
        CursorState resume = CursorState.From(stored);
        try
        {
            await foreach (SourcePage page in source.FetchAsync(query, resume, window, meter, ct).WithCancellation(ct))
            {
                IReadOnlyList<ParsedRecord> records = await PrepareAsync(page.Records, matcher, ct);
                CollectionCursor cursor = template with
                {
                    HighWaterMark = page.After.HighWaterMark,
                    PageCursor = page.After.PageCursor,
                    PendingHighWaterMark = page.After.PendingHighWaterMark,
                    UpdatedAt = _time.GetUtcNow(),
                };
                WriteResult written = _posts.UpsertBatch(records, cursor);
                meter.PostsReceived(query.Source, page.PostsRead, written.New);
                if (page.Note is not null)
                {
                    notes.Add($"{query.Source} {query.Text}: {page.Note}");
                    meter.Note(query.Source, page.Note);
                }
                if (!page.RunComplete && meter.Exhausted)
                    return (QueryOutcome.BudgetReached, null);
            }
            return (QueryOutcome.Done, null);
        }
        catch (SourceException ex)
        {
            return (ex.IsAuthentication ? QueryOutcome.AuthFailed : QueryOutcome.Failed, ex.Message);
        }
    }

    /// <summary>Replaces shortened links by their targets, then matches every post against every tracked publication.</summary>
    private async Task<IReadOnlyList<ParsedRecord>> PrepareAsync(IReadOnlyList<ParsedRecord> records, PublicationMatcher matcher, CancellationToken ct)
    {
        IReadOnlyDictionary<string, string> expanded = new Dictionary<string, string>();
        if (_expander is not null)
        {
            HashSet<string> links = records.SelectMany(r => r.Post.Links).ToHashSet(StringComparer.Ordinal);
            if (links.Count > 0)
                expanded = await _expander.ExpandAsync(links, ct);
        }
        List<ParsedRecord> result = new(records.Count);
        foreach (ParsedRecord record in records)
        {
            Post post = record.Post;
            if (expanded.Count > 0 && post.Links.Any(expanded.ContainsKey))
                post = post with { Links = post.Links.Select(l => expanded.TryGetValue(l, out string? target) ? target : l).Distinct().ToList() };
            post = post with { Matches = matcher.Match(post) };
            result.Add(record with { Post = post });
        }
        return result;
    }

    private static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private enum QueryOutcome
    {
        Done,
        BudgetReached,
        Failed,
        AuthFailed,
    }
}
