using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>
/// The posts table: the store filters by platform, dates, role, specialty, sentiment and aspect (the LiteDB store on
/// packed day lists, without loading posts); the text search, which needs each post's text, reads at most
/// <see cref="ScanLimit"/> of those posts. Filters are checked again here, so any IPostRepository gives the same rows.
/// </summary>
public sealed partial class PublicationPresenter
{
    /// <summary>The newest posts under <see cref="PostFilter"/> (at most <see cref="MaxRows"/>), in the chosen order.</summary>
    public IReadOnlyList<PostRow> Posts()
    {
        PostFilter f = PostFilter;
        PostQuery query = new()
        {
            PublicationKey = Publication.Key,
            Platform = f.Platform,
            From = f.From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            To = f.To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            Role = f.Role,
            Specialty = f.Specialty,
            Sentiment = f.Sentiment,
            Aspect = f.Aspect,
            Limit = ScanLimit,
        };
        List<PostRow> rows = [];
        int scanned = 0;
        // Authors are resolved a page at a time: one query per page instead of one per post.
        foreach (Post[] page in _ports.Posts.Query(query).Chunk(256))
        {
            scanned += page.Length;
            ResolveAuthors(page);
            foreach (Post post in page)
            {
                Author? author = AuthorOf(post.AuthorKey);
                if (Keeps(f, post, author))
                    rows.Add(PostRows.From(post, author));
                if (rows.Count >= MaxRows)
                    break;
            }
            if (rows.Count >= MaxRows)
                break;
        }
        LastScan = (scanned, scanned >= ScanLimit && rows.Count < MaxRows);
        return Order(rows);
    }

    /// <summary>"42 posts · newest first · filter: role:clinician" — the posts pane's caption.</summary>
    public string PostsCaption(int shown)
    {
        string order = Sort switch
        {
            PostSort.Newest => SortReversed ? "oldest first" : "newest first",
            _ => $"by {Sort.ToString().ToLowerInvariant()}{(SortReversed ? " ↑" : " ↓")}",
        };
        string more = LastScan.Truncated ? $" (newest {ScanLimit} searched: narrow with from:/to: or role/spec/sent)" : shown >= MaxRows ? $" (first {MaxRows})" : "";
        string filter = PostFilter.IsEmpty ? "" : " · filter: " + PostFilter;
        return $"{shown} posts{more} · {order}{filter}";
    }

    private void ResolveAuthors(Post[] page)
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

    private static bool Keeps(PostFilter f, Post post, Author? author)
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
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            foreach (string w in f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string word = w.Length > 1 ? w.TrimStart('@') : w; // "@handle" finds the author's posts
                if (!post.Text.Contains(word, StringComparison.OrdinalIgnoreCase)
                    && !post.AuthorHandle.Contains(word, StringComparison.OrdinalIgnoreCase)
                    && !(author?.DisplayName?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false))
                    return false;
            }
        }
        return true;
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
