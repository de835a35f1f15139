namespace SentimentMonitor.Sources.Live;

/// <summary>
/// Credentials and base URLs of the live sources, from environment variables (which win) and the user config
/// file. Secrets live only here and in the request headers built from them; <see cref="ToString"/> hides them.
/// </summary>
public sealed record SourceSettings
{
    public static readonly IReadOnlyList<string> DefaultMastodonInstances =
        ["https://mastodon.social", "https://med-mastodon.com", "https://fediscience.org", "https://mstdn.science"];

    public string? XBearerToken { get; init; }
    public Uri XBaseUrl { get; init; } = new("https://api.x.com");
    public string? BlueskyHandle { get; init; }
    public string? BlueskyAppPassword { get; init; }
    public Uri BlueskyBaseUrl { get; init; } = new("https://bsky.social");
    public IReadOnlyList<Uri> MastodonInstances { get; init; } = DefaultMastodonInstances.Select(u => new Uri(u)).ToList();
    public Uri CrossrefBaseUrl { get; init; } = new("https://api.crossref.org");
    public Uri NcbiBaseUrl { get; init; } = new("https://pmc.ncbi.nlm.nih.gov");
    /// <summary>Contact address for Crossref's polite pool and NCBI's tool/email parameters; optional.</summary>
    public string? ContactEmail { get; init; }
    /// <summary>Where the Bluesky session (tokens, never the password) is cached, owner-only.</summary>
    public required string BlueskySessionPath { get; init; }
    /// <summary>The config file that was read, or null when none exists.</summary>
    public string? ConfigFile { get; init; }

    public bool HasX => !string.IsNullOrWhiteSpace(XBearerToken);
    public bool HasBluesky => !string.IsNullOrWhiteSpace(BlueskyHandle) && !string.IsNullOrWhiteSpace(BlueskyAppPassword);

    /// <summary>A redactor that knows every configured secret.</summary>
    public SecretRedactor Redactor() => new([XBearerToken, BlueskyAppPassword]);

    public override string ToString() =>
        $"x={(HasX ? "configured" : "missing")} ({XBaseUrl}), bluesky={(HasBluesky ? BlueskyHandle : "missing")} ({BlueskyBaseUrl}), mastodon={string.Join(",", MastodonInstances)}";
}
