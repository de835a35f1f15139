namespace SentimentMonitor.Core.Collection;

/// <summary>Hard limits of one run, so a paid token is never drained by surprise. Null means no limit.</summary>
public sealed record CollectionBudget(long? MaxPosts = null, long? MaxRequests = null)
{
    public static CollectionBudget Unlimited { get; } = new();
}
