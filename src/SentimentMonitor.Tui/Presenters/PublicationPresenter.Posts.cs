using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>
/// The posts table, a page at a time: the store filters by platform, dates, role, specialty, sentiment and aspect (the
/// LiteDB store on packed day lists, without loading posts), so a page reads only its own posts. Words are passed as
/// <see cref="PostQuery.MayContain"/>: the LiteDB store's word index returns only posts that may contain them (a search
/// matching nothing reads no post), and each one is checked here against its text, handle and display name; a text
/// search examines at most <see cref="ScanStep"/> more candidates per page. Filters are checked again here, so any
/// IPostRepository gives the same rows.
/// </summary>
public sealed partial class PublicationPresenter
{
    private PostQuery _postQuery = new();
    private readonly List<PostRow> _loaded = [];
    private int _consumed;
    private bool _exhausted;
    private IReadOnlyList<string> _words = [];
    private DateTimeOffset? _searchedBackTo;

    /// <summary>
    /// The newest posts under <see cref="PostFilter"/>, first page (<see cref="PageRows"/> rows), in the chosen order.
    /// <see cref="MorePosts"/> adds the next page when the table is scrolled to its end.
    /// </summary>
    public IReadOnlyList<PostRow> Posts()
    {
        PostFilter f = PostFilter;
        _postQuery = new PostQuery
        {
            PublicationKey = Publication.Key,
            Platform = f.Platform,
            From = f.From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            To = f.To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            Role = f.Role,
            Specialty = f.Specialty,
            Sentiment = f.Sentiment,
            Aspect = f.Aspect,
            MayContain = f.Text,
        };
        _words = TextSearch.Words(f.Text);
        _loaded.Clear();
        _consumed = 0;
        _exhausted = false;
        _searchedBackTo = null;
        LoadMore();
        return Order(_loaded);
    }

    /// <summary>True while more posts may match: the table can grow by another page.</summary>
    public bool HasMorePosts => !_exhausted && _loaded.Count < MaxRows;

    /// <summary>The rows so far plus the next page (or the next <see cref="ScanStep"/> posts searched), in the chosen order.</summary>
    public IReadOnlyList<PostRow> MorePosts()
    {
        if (HasMorePosts)
            LoadMore();
        return Order(_loaded);
    }

    /// <summary>
    /// Reads on from where the last page stopped (Skip = posts already examined) until a page of rows is added, the
    /// store runs out, or a text search has examined <see cref="ScanStep"/> more posts (<see cref="ScanLimit"/> in all).
    /// Without words every filter is the store's, so only as many posts as rows are read.
    /// </summary>
    private void LoadMore()
    {
        bool words = !string.IsNullOrWhiteSpace(PostFilter.Text);
        int target = Math.Min(MaxRows, _loaded.Count + PageRows);
        int stepEnd = Math.Min(ScanLimit, _consumed + ScanStep);
        while (_loaded.Count < target && !_exhausted)
        {
            int want = words ? Math.Min(512, stepEnd - _consumed) : target - _loaded.Count;
            if (want <= 0)
            {
                _exhausted = _consumed >= ScanLimit;
                break;
            }
            Post[] batch = _ports.Posts.Query(_postQuery with { Skip = _consumed, Limit = want }).ToArray();
            ResolveAuthors(batch);
            int examined = 0;
            foreach (Post post in batch)
            {
                examined++;
                _searchedBackTo = post.CreatedAt;
                Author? author = AuthorOf(post.AuthorKey);
                if (Keeps(PostFilter, _words, post, author))
                    _loaded.Add(PostRows.From(post, author));
                if (_loaded.Count >= target)
                    break;
            }
            _consumed += examined;
            if (batch.Length < want && examined == batch.Length)
                _exhausted = true;
        }
        LastScan = (_consumed, words && _consumed >= ScanLimit && _loaded.Count < MaxRows);
    }

    /// <summary>"42 posts · newest first · filter: role:clinician" — the posts pane's caption.</summary>
    public string PostsCaption(int shown)
    {
        string order = Sort switch
        {
            PostSort.Newest => SortReversed ? "oldest first" : "newest first",
            _ => $"by {Sort.ToString().ToLowerInvariant()}{(SortReversed ? " ↑" : " ↓")}",
        };
        string back = _searchedBackTo is { } at ? Display.Day(DateOnly.FromDateTime(at.UtcDateTime)) : "";
        string more = LastScan.Truncated ? $" (searched back to {back}: narrow with from:/to: or role/spec/sent)"
            : shown >= MaxRows ? $" (first {MaxRows})"
            : HasMorePosts ? (string.IsNullOrWhiteSpace(PostFilter.Text) ? " (more at the end)" : $" (searched back to {back}, more at the end)")
            : "";
        string filter = PostFilter.IsEmpty ? "" : " · filter: " + PostFilter;
        return $"{shown} posts{more} · {order}{filter}";
    }

    private void ResolveAuthors(IReadOnlyCollection<Post> page)
    {
        string[] missing = page.Select(p => p.AuthorKey).Where(k => !_authors.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length == 0)
            return;
        IReadOnlyDictionary<string, Author> found = _ports.Posts.GetAuthors(missing);
        foreach (string key in missing)
            _authors[key] = found.GetValueOrDefault(key);
    }

    internal Author? AuthorOf(string authorKey)
    {
        if (!_authors.TryGetValue(authorKey, out Author? author))
            _authors[authorKey] = author = _ports.Posts.GetAuthor(authorKey);
        return author;
    }

    private static bool Keeps(PostFilter f, IReadOnlyList<string> words, Post post, Author? author)
    {
        AuthorClassification? who = author?.Effective;
        if (f.Role is { } role && (who?.Role ?? AuthorRole.Unknown) != role)
            return false;
        if (f.Specialty is { } spec && (who?.Specialty ?? Specialty.Unknown) != spec)
            return false;
        if (f.Sentiment is { } s && post.EffectiveSentiment != s)
            return false;
        if (f.Aspect is { } a && !post.EffectiveAspects.Contains(a))
            return false;
        return TextSearch.Matches(words, post.Text, post.AuthorHandle, author?.DisplayName);
    }

    private IReadOnlyList<PostRow> Order(List<PostRow> rows)
    {
        IEnumerable<PostRow> ordered = Sort switch
        {
            PostSort.Engagement => rows.OrderByDescending(r => r.Engagement).ThenByDescending(r => r.CreatedAt),
            PostSort.Sentiment => rows.OrderByDescending(r => r.EffectiveSentiment.HasValue).ThenByDescending(r => r.EffectiveSentiment).ThenByDescending(r => r.CreatedAt),
            PostSort.Confidence => rows.OrderByDescending(r => r.Confidence).ThenByDescending(r => r.CreatedAt),
            PostSort.Author => rows.OrderBy(r => r.Author, StringComparer.OrdinalIgnoreCase).ThenByDescending(r => r.CreatedAt),
            PostSort.Platform => rows.OrderBy(r => r.Platform, StringComparer.Ordinal).ThenByDescending(r => r.CreatedAt),
            _ => rows.OrderByDescending(r => r.CreatedAt),
        };
        List<PostRow> list = ordered.ToList();
        if (SortReversed)
            list.Reverse();
        return list;
    }
}
