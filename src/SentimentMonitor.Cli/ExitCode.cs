namespace SentimentMonitor.Cli;

/// <summary>Documented process exit codes (README "Exit codes"). Never renumber: scripts depend on them.</summary>
public enum ExitCode
{
    Ok = 0,
    /// <summary>Unexpected failure (a bug); details with --verbose.</summary>
    Failure = 1,
    /// <summary>Bad command line: unknown verb or option, invalid value.</summary>
    Usage = 2,
    /// <summary>An input file is missing or unreadable.</summary>
    InputNotFound = 3,
    /// <summary>Input is malformed (with --strict, the first bad record; or an unknown format).</summary>
    BadInput = 4,
    /// <summary>The database cannot be opened, is locked, or cannot be written.</summary>
    Database = 5,
    /// <summary>A named publication, author or post does not exist.</summary>
    NotFound = 6,
    /// <summary>Credentials are missing for a live source.</summary>
    NotConfigured = 7,
    /// <summary>A network or remote API error that retries did not overcome.</summary>
    Remote = 8,
    /// <summary>Interrupted (Ctrl+C); what was written is consistent and resumable.</summary>
    Interrupted = 130,
}
