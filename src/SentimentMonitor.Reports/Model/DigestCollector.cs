using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;
using SentimentMonitor.Reports.Export;

namespace SentimentMonitor.Reports.Model;

/// <summary>
/// Accumulates a <see cref="PostDigest"/> while posts stream past once: keeps only the top few posts and counters,
/// so a 100k-post report never holds all posts in memory.
/// </summary>
public sealed class DigestCollector(string publicationKey, int topCount)
{
    /// <summary>Most engaged first; ties by time, then key, so the choice is the same on every run.</summary>
    private static readonly Comparison<TopPost> ByEngagement = (a, b) =>
    {
        int c = b.Engagement.CompareTo(a.Engagement);
        if (c == 0)
            c = a.CreatedAt.CompareTo(b.CreatedAt);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    };

    private readonly List<TopPost> _positive = [];
    private readonly List<TopPost> _negative = [];
    private readonly Dictionary<string, long> _sentimentSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _authorSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _matchRules = new(StringComparer.Ordinal);
    private long _posts;

    public void Add(ExportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _posts++;
        Bump(_sentimentSources, row.Sentiment is null ? "unclassified" : row.SentimentSource);
        Bump(_authorSources, row.Classification?.Source ?? "unclassified");
        // Only the strongest way the post matched counts (as in `stats`), so the rule counts add up to the posts.
        if (row.Publications.FirstOrDefault(p => p.Key == publicationKey) is { } cited)
            Bump(_matchRules, cited.MatchedBy);
        if (row.Classification is not { Role: AuthorRole.Clinician } who)
            return;
        List<TopPost>? list = row.Post.EffectiveSentiment switch
        {
            Sentiment.Positive => _positive,
            Sentiment.Negative => _negative,
            _ => null,
        };
        if (list is null || topCount <= 0)
            return;
        Post post = row.Post;
        TopPost candidate = new(post.Key, DomainSlugs.Slug(post.Platform), post.AuthorHandle, post.Url, post.CreatedAt,
            TerminalText.Sanitize(post.Text), post.Metrics.Engagement, row.Sentiment!, DomainSlugs.Slug(who.Specialty));
        if (list.Count == topCount && ByEngagement(candidate, list[^1]) >= 0)
            return;
        list.Add(candidate);
        list.Sort(ByEngagement);
        if (list.Count > topCount)
            list.RemoveAt(list.Count - 1);
    }

    public PostDigest Result() => new(_posts, _positive.ToArray(), _negative.ToArray(), Ordered(_sentimentSources), Ordered(_authorSources), Ordered(_matchRules));

    private static void Bump(Dictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static KeyCount[] Ordered(Dictionary<string, long> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new KeyCount(kv.Key, kv.Value)).ToArray();
}
