namespace SentimentMonitor.Core.Services;

/// <summary>What <c>classify</c> should label: one publication's posts or all, only unlabelled ones or all of them.</summary>
public sealed record ClassificationRequest
{
    /// <summary>Only posts citing this publication (its key); null for every post.</summary>
    public string? PublicationKey { get; init; }

    /// <summary>Relabel posts that already have machine labels (e.g. after a new model).</summary>
    public bool All { get; init; }

    public int BatchSize { get; init; } = 2000;
}
