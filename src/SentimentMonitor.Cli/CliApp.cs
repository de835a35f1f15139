using System.CommandLine;
using SentimentMonitor.Cli.Collect;
using SentimentMonitor.Cli.Commands;
using SentimentMonitor.Storage;
using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Cli;

/// <summary>Builds the command tree. Separate from <see cref="Program"/> so tests can run verbs in-process.</summary>
public static class CliApp
{
    /// <summary>The dashboard's live-collection hook: collects for one paper into the open database file.</summary>
    internal static ILiveCollection? DashboardLive(LiteDbStore store) => new DashboardLiveCollection(store.Options.Path, TimeProvider.System);

    public static RootCommand BuildRoot()
    {
        RootCommand root = new("SentimentMonitor: how clinicians receive a published study, from X, Bluesky and Mastodon posts.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Verbose);
        foreach (Command verb in VerbCatalog.All())
            root.Subcommands.Add(verb);
        DashboardCommand.AttachToRoot(root, DashboardLive); // no verb: the dashboard
        HelpExamples.Install(root);
        return root;
    }

    /// <summary>"sentimentmonitor author set": the verb the user was typing, for the hint after a usage error.</summary>
    private static string VerbPath(System.CommandLine.Parsing.CommandResult result)
    {
        List<string> names = [];
        for (System.CommandLine.Parsing.CommandResult? r = result; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, r.Command is RootCommand ? "sentimentmonitor" : r.Command.Name);
        return string.Join(' ', names);
    }

    public static async Task<int> RunAsync(string[] args)
    {
        RootCommand root = BuildRoot();
        // No response files: "@handle" is an author handle here, not a file of arguments.
        ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would exit 1; usage errors have their own documented code.
            foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
                await CliOutput.Error.WriteLineAsync($"error: {error.Message}");
            await CliOutput.Error.WriteLineAsync($"(run `{VerbPath(parse.CommandResult)} --help` for usage and examples)");
            return (int)ExitCode.Usage;
        }
        // Help and System.CommandLine's own messages go where the verbs write, so a redirected run captures them too.
        return await parse.InvokeAsync(new InvocationConfiguration { Output = CliOutput.Out, Error = CliOutput.Error });
    }
}
