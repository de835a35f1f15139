using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Worked examples printed under a verb's <c>--help</c> (after the options), so a first-time user sees a real
/// command line, not only option names. Kept out of the description, which the top-level verb list also prints.
/// </summary>
internal static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, string[]> Registered = [];

    /// <summary>Registers example command lines (without the program name) for <paramref name="command"/>.</summary>
    public static Command WithExamples(this Command command, params string[] examples)
    {
        Registered.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Wraps the root's help action so the examples of the verb being helped follow the usual text.</summary>
    public static void Install(RootCommand root)
    {
        foreach (HelpOption help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction inner)
                help.Action = new WithExamplesAction(inner);
        }
    }

    private sealed class WithExamplesAction(HelpAction inner) : SynchronousCommandLineAction
    {
        /// <summary>As the built-in help: "import --help" shows help rather than "--format is required".</summary>
        public override bool ClearsParseErrors => inner.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            int code = inner.Invoke(parseResult);
            if (!Registered.TryGetValue(parseResult.CommandResult.Command, out string[]? examples))
                return code;
            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (string example in examples)
                output.WriteLine("  sentimentmonitor " + example);
            output.WriteLine();
            return code;
        }
    }
}
