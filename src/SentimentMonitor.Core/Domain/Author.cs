namespace SentimentMonitor.Core.Domain;

/// <summary>
/// An account, stored once per (platform, account id). Bio fields are replaced when a newer profile arrives.
/// A <see cref="Human"/> label always wins over <see cref="Machine"/>.
/// </summary>
public sealed record Author
{
    public required Platform Platform { get; init; }
    /// <summary>Stable account id: X user id, Bluesky DID, Mastodon account URL.</summary>
    public required string AccountId { get; init; }
    public required string Handle { get; init; }
    public string? DisplayName { get; init; }
    public string? Bio { get; init; }
    public int? Followers { get; init; }
    /// <summary>X verified type (blue, business, government) when present.</summary>
    public string? VerifiedType { get; init; }
    public bool IsBot { get; init; }
    /// <summary>When the bio was seen (the post time or the fetch time); newer wins on upsert.</summary>
    public DateTimeOffset ProfileSeenAt { get; init; }
    public AuthorClassification? Machine { get; init; }
    public AuthorClassification? Human { get; init; }

    /// <summary>Storage key: "platform:accountId".</summary>
    public string Key => AuthorKeys.For(Platform, AccountId);

    /// <summary>The classification in effect: the human one when present.</summary>
    public AuthorClassification? Effective => Human ?? Machine;
}
