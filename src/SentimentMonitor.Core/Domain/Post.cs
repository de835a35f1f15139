namespace SentimentMonitor.Core.Domain;

/// <summary>
/// One social-media post, stored once per (platform, platform id). Mastodon posts use the status'
/// canonical <c>uri</c> as <see cref="PlatformId"/> so one status seen on several instances is one post.
/// Machine labels and human labels are kept apart; the <c>Effective*</c> members say which is in force.
/// </summary>
public sealed record Post
{
    public required Platform Platform { get; init; }
    public required string PlatformId { get; init; }
    /// <summary>Web permalink a person can open.</summary>
    public string? Url { get; init; }
    /// <summary>Creation time, UTC.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Key of the <see cref="Author"/> (see <see cref="AuthorKeys"/>).</summary>
    public required string AuthorKey { get; init; }
    public required string AuthorHandle { get; init; }
    /// <summary>Text as people saw it: entities decoded, HTML turned into plain text; for reposts the original's text.</summary>
    public required string Text { get; init; }
    /// <summary>Resolved link targets (expanded/unwound URLs, facet URIs, hrefs, card URLs), never the shortened display text.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
    public PostRelation Relation { get; init; } = PostRelation.Original;
    /// <summary>Platform id of the replied-to, quoted or reposted post.</summary>
    public string? ReferencedPostId { get; init; }
    public PostMetrics Metrics { get; init; } = new();
    public string? Language { get; init; }
    /// <summary>The raw record as received (compact JSON), for audit and re-parsing.</summary>
    public string? RawJson { get; init; }
    public IReadOnlyList<PublicationMatch> Matches { get; init; } = [];

    public SentimentPrediction? Sentiment { get; init; }
    public Sentiment? HumanSentiment { get; init; }
    /// <summary>True when the author expresses a judgement, false when they only share, summarise or ask.</summary>
    public bool? Evaluating { get; init; }
    public IReadOnlyList<Aspect>? Aspects { get; init; }
    public IReadOnlyList<Aspect>? HumanAspects { get; init; }

    /// <summary>Storage key: "platform:platformId".</summary>
    public string Key => PostKeys.For(Platform, PlatformId);

    /// <summary>The label in effect: a human label when there is one, else the model's.</summary>
    public Sentiment? EffectiveSentiment => HumanSentiment ?? Sentiment?.Label;

    /// <summary>The aspects in effect: human ones when set, else the model's, else none.</summary>
    public IReadOnlyList<Aspect> EffectiveAspects => HumanAspects ?? Aspects ?? [];
}
