using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Collection;

/// <summary>
/// What <c>collect</c> was asked: which publications to search for, which sources, the window and the budget.
/// Posts are matched against <see cref="AllPublications"/> (every tracked paper), not only the searched ones.
/// </summary>
public sealed record CollectionRequest
{
    public required IReadOnlyList<Publication> Publications { get; init; }
    public required IReadOnlyList<Publication> AllPublications { get; init; }
    /// <summary>Source names to run ("x", "bluesky", "mastodon"); null runs every configured source.</summary>
    public IReadOnlySet<string>? Sources { get; init; }
    public CollectionWindow Window { get; init; } = new();
    public CollectionBudget Budget { get; init; } = CollectionBudget.Unlimited;
}
