using System.CommandLine;
using SentimentMonitor.Cli.Dashboard;
using SentimentMonitor.Storage;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Screens;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>dashboard</c> (and <c>sentimentmonitor</c> with no verb): the Terminal.Gui dashboard on the database, opened in
/// LiteDB shared mode so <c>collect</c>/<c>watch</c> in another process can keep writing. <c>--sample</c> opens a
/// copy of the bundled sample database.
/// </summary>
public static class DashboardCommand
{
    private static readonly Option<bool> Sample = new("--sample") { Description = "Open a copy of the bundled sample database (samples/sample.db); the sample itself is never modified" };
    private static readonly Option<int> RefreshSeconds = new("--refresh") { Description = "Seconds between re-reads of the database (new posts appear)", DefaultValueFactory = _ => 10 };

    /// <summary>The verb. <paramref name="live"/> builds the live-collection hook from the open store (null: none).</summary>
    public static Command Create(Func<LiteDbStore, ILiveCollection?>? live = null)
    {
        Command command = new("dashboard", "Open the dashboard (also what `sentimentmonitor` with no verb does)");
        command.Options.Add(Sample);
        command.Options.Add(RefreshSeconds);
        VerbRunner.Attach(command, ctx => Run(ctx, ctx.Get(Sample), Math.Max(1, ctx.Get(RefreshSeconds)), live));
        return command;
    }

    /// <summary>Makes the root command open the dashboard on the configured database when no verb is given.</summary>
    public static void AttachToRoot(RootCommand root, Func<LiteDbStore, ILiveCollection?>? live = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        VerbRunner.Attach(root, ctx => Run(ctx, sample: false, refreshSeconds: 10, live));
    }

    private static ExitCode Run(VerbContext ctx, bool sample, int refreshSeconds, Func<LiteDbStore, ILiveCollection?>? live)
    {
        if (Console.IsOutputRedirected || Console.IsInputRedirected)
            throw new CliException(ExitCode.Usage, "the dashboard needs a terminal (stdin and stdout must not be redirected); for text output use `stats` or `posts`");
        using SampleDatabase? copy = sample ? SampleDatabase.OpenCopy() : null;
        if (sample && copy is null)
            throw new CliException(ExitCode.InputNotFound, $"sample database not found: looked for {SampleDatabase.RelativePath} above {AppContext.BaseDirectory} and {Directory.GetCurrentDirectory()}");
        string path = copy?.CopyPath ?? ctx.DatabasePath;
        if (!File.Exists(path))
            throw new CliException(ExitCode.Database, $"no database at {path}: try `sentimentmonitor dashboard --sample`, or `track` a paper and `import` posts first (or pass --db)");
        using LiteDbStore store = Open(path);
        DashboardOptions options = new()
        {
            RefreshInterval = TimeSpan.FromSeconds(refreshSeconds),
            Live = live?.Invoke(store),
            Subtitle = copy is null ? null : "sample data, working copy",
            LogPath = LogPath(),
            WarmupPorts = () => ReadOnlyPorts(path),
        };
        DashboardApp.Run(new DashboardPorts(store, store, store), options);
        return ExitCode.Ok;
    }

    /// <summary>
    /// A second, read-only shared connection to the file (the background warm-up's: a LiteDB shared engine serves one
    /// thread at a time, so another thread reads through its own, like another process). Disposed with its Posts port.
    /// </summary>
    public static DashboardPorts ReadOnlyPorts(string path)
    {
        LiteDbStore store = new(new LiteDbStoreOptions(path, ReadOnly: true, Shared: true));
        return new DashboardPorts(store, store, store);
    }

    private static LiteDbStore Open(string path)
    {
        try
        {
            return new LiteDbStore(new LiteDbStoreOptions(path, ReadOnly: false, Shared: true));
        }
        catch (StorageException ex)
        {
            throw new CliException(ExitCode.Database, ex.Message, ex);
        }
    }

    /// <summary>$XDG_STATE_HOME/sentimentmonitor/dashboard.log, else ~/.local/state/sentimentmonitor/dashboard.log.</summary>
    private static string LogPath()
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        string root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        return Path.Combine(root, "sentimentmonitor", "dashboard.log");
    }
}
