namespace SentimentMonitor.Cli;

/// <summary>
/// A failure with a user-facing one-line message and its exit code. Thrown anywhere in a verb; caught once
/// in <see cref="VerbRunner"/>, which prints the message to stderr (stack trace only with --verbose).
/// </summary>
public sealed class CliException(ExitCode code, string message, Exception? inner = null) : Exception(message, inner)
{
    public ExitCode Code { get; } = code;
}
