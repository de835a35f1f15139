namespace SentimentMonitor.Core.Collection;

/// <summary>
/// What a <c>collect</c> run did: per-source totals, the estimated X cost, time spent, whether the budget
/// stopped it, and one line per problem or note.
/// </summary>
public sealed record CollectionSummary(
    IReadOnlyDictionary<string, SourceTotals> Sources,
    TimeSpan Elapsed,
    bool BudgetReached,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Notes)
{
    /// <summary>X pay-per-use price of one post read, in US dollars (docs.x.com pricing, 2026).</summary>
    public const decimal XDollarsPerPostRead = 0.005m;

    public long Requests => Sources.Values.Sum(s => s.Requests);
    public long PostsRead => Sources.Values.Sum(s => s.PostsRead);
    public long NewPosts => Sources.Values.Sum(s => s.NewPosts);
    public TimeSpan Waiting => TimeSpan.FromTicks(Sources.Values.Sum(s => s.Waiting.Ticks));

    /// <summary>Estimated X spend: posts read from X times the per-post price.</summary>
    public decimal XEstimatedCost => Sources.TryGetValue("x", out SourceTotals? x) ? x.PostsRead * XDollarsPerPostRead : 0m;
}
