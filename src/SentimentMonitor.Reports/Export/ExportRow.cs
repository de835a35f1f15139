using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Reports.Export;

/// <summary>
/// One exported post with everything later issues add (sentiment, aspects, author role…), labels in effect
/// (human over machine). Null fields are labels not known yet.
/// </summary>
public sealed record ExportRow(Post Post, Author? Author, IReadOnlyList<ExportedMatch> Publications)
{
    /// <summary>One entry per cited publication (a post matched by its DOI link and its title cites it once).</summary>
    public static ExportRow Build(Post post, Func<string, Author?> author, IReadOnlyDictionary<string, Publication> publications) => new(
        post,
        author(post.AuthorKey),
        post.Matches
            .GroupBy(m => m.PublicationKey, StringComparer.Ordinal) // keeps publication order; kinds come strongest first
            .Select(g => new ExportedMatch(
                publications.TryGetValue(g.Key, out Publication? p) ? p.Doi : null,
                g.Key,
                g.Select(m => DomainSlugs.Slug(m.Kind)).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray());

    public string? Sentiment => Post.EffectiveSentiment is Sentiment s ? DomainSlugs.Slug(s) : null;

    /// <summary>Model confidence of the label in effect; 1 for a human label.</summary>
    public double? SentimentConfidence => Post.HumanSentiment is not null ? 1.0 : Post.Sentiment is { } m ? Math.Round(m.Confidence, 4) : null;

    public string SentimentSource => Post.HumanSentiment is not null ? "human" : Post.Sentiment?.ModelVersion ?? "";

    public IReadOnlyList<string>? Aspects => Post.HumanAspects is null && Post.Aspects is null ? null : Post.EffectiveAspects.Select(a => DomainSlugs.Slug(a)).ToArray();

    public AuthorClassification? Classification => Author?.Effective;
}
