using System.CommandLine;

namespace SentimentMonitor.Cli;

/// <summary>What a verb needs from its surroundings: parsed values, the database path and the output writers.</summary>
public sealed class VerbContext(ParseResult parse, TextWriter output, TextWriter error, CancellationToken cancellation)
{
    public ParseResult Parse { get; } = parse;
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public CancellationToken Cancellation { get; } = cancellation;
    public string DatabasePath => Path.GetFullPath(Parse.GetValue(GlobalOptions.Db) ?? DatabaseLocation.Default());
    public bool Verbose => Parse.GetValue(GlobalOptions.Verbose);

    /// <summary>True when progress may be drawn: stderr is a terminal and not redirected.</summary>
    public bool Interactive => !Console.IsErrorRedirected && Error == Console.Error;

    public T? Get<T>(Option<T> option) => Parse.GetValue(option);
    public T? Get<T>(Argument<T> argument) => Parse.GetValue(argument);
}
