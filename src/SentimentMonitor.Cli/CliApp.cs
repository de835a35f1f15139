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
        return root;
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
                await Console.Error.WriteLineAsync($"error: {error.Message}");
            await Console.Error.WriteLineAsync("(run with --help for usage)");
            return (int)ExitCode.Usage;
        }
        return await parse.InvokeAsync();
    }
}
