namespace SentimentMonitor.Core.Collection;

/// <summary>
/// A source failed in a way retries did not overcome (remote error, bad credentials, malformed payload).
/// The message is one line for the user and never contains a secret.
/// </summary>
public sealed class SourceException : Exception
{
    public SourceException(string source, string message, bool authentication = false, Exception? inner = null)
        : base($"{source}: {message}", inner)
    {
        SourceName = source;
        IsAuthentication = authentication;
    }

    /// <summary>Source name ("x", "bluesky", "mastodon:host", "crossref").</summary>
    public string SourceName { get; }

    /// <summary>True when credentials were missing or rejected.</summary>
    public bool IsAuthentication { get; }
}
