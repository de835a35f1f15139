using System.CommandLine;
using System.Globalization;
using SentimentMonitor.Cli.Collect;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>collect</c>: searches X, Bluesky and Mastodon for posts citing tracked publications, resumable after any
/// interruption (cursors are stored with the posts), within a budget, with a summary of what it cost.
/// </summary>
public static class CollectCommand
{
    private static readonly Option<string[]> Publications = new("--publication") { Description = "Publication to collect for (key, DOI, PMID or PMCID; repeatable; default: all tracked)", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<string> Source = new("--source") { Description = "x, bluesky, mastodon or all", DefaultValueFactory = _ => "all" };
    private static readonly Option<string?> Since = new("--since") { Description = "Only posts from this date or time (UTC; default: the publication date)" };
    private static readonly Option<string?> Until = new("--until") { Description = "Only posts before this date or time (UTC, exclusive)" };
    private static readonly Option<bool> Archive = new("--archive") { Description = "X full-archive search instead of the last 7 days (costs more)" };
    private static readonly Option<long?> MaxPosts = new("--max-posts") { Description = "Stop after reading this many posts (X bills per post read)" };
    private static readonly Option<long?> MaxRequests = new("--max-requests") { Description = "Stop after this many HTTP requests" };
    private static readonly Option<bool> Quiet = new("--quiet") { Description = "No progress or summary; errors only (for cron)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the summary as JSON" };

    public static Command Create()
    {
        Command command = new("collect", "Collect new posts citing tracked publications from X, Bluesky and Mastodon (resumable, rate-limit aware)");
        command.WithExamples(
            "collect --source mastodon",
            "collect --publication 10.1056/NEJMoa2214171 --source x --max-posts 500   (credentials: README)");
        Source.AcceptOnlyFromAmong(["x", "bluesky", "mastodon", "all"]);
        foreach (Option option in new Option[] { Publications, Source, Since, Until, Archive, MaxPosts, MaxRequests, Quiet, Json })
            command.Options.Add(option);
        VerbRunner.Attach(command, RunAsync);
        return command;
    }

    private static async Task<ExitCode> RunAsync(VerbContext ctx)
    {
        SourceSettings settings;
        try
        {
            settings = SourceSettingsLoader.Load();
        }
        catch (FormatException ex)
        {
            throw new CliException(ExitCode.NotConfigured, ex.Message);
        }
        SecretRedactor redactor = settings.Redactor();
        CollectionWindow window = new(Date(ctx.Get(Since), "--since"), Date(ctx.Get(Until), "--until"), ctx.Get(Archive));
        CollectionBudget budget = new(Positive(ctx.Get(MaxPosts), "--max-posts"), Positive(ctx.Get(MaxRequests), "--max-requests"));
        bool quiet = ctx.Get(Quiet);
        TimeProvider time = TimeProvider.System;

        using LiteDbStore store = StoreAccess.OpenForWrite(ctx);
        IReadOnlyList<Publication> all = store.GetAll();
        string[] wanted = ctx.Get(Publications) ?? [];
        IReadOnlyList<Publication> targets = wanted.Length > 0 ? wanted.Select(w => StoreAccess.RequirePublication(store, w)).ToList() : all;
        if (targets.Count == 0)
            throw new CliException(ExitCode.NotFound, "no tracked publications: run `track --doi …` first");

        using LiveCollector collector = LiveCollector.Connect(ctx.Get(Source) ?? "all", settings, time);
        if (!quiet)
            foreach (string line in collector.Skipped)
                ctx.Error.WriteLine(line);
        if (collector.Sources.Count == 0)
            throw new CliException(ExitCode.NotConfigured, "no source is configured; see `collect --help` and the README section on credentials");

        CollectProgressPrinter? progress = quiet ? null : new CollectProgressPrinter(ctx.Error, ctx.Interactive, redactor, time);
        CollectionService service = collector.ServiceFor(store);
        CollectionRequest request = new() { Publications = targets, AllPublications = all, Window = window, Budget = budget };
        CollectionSummary summary = await service.RunAsync(request, new CollectionMeter(budget, progress), ctx.Cancellation);
        progress?.CloseLine();

        if (ctx.Get(Json))
            CollectSummaryPrinter.WriteJson(ctx.Out, summary, redactor);
        else if (!quiet)
            CollectSummaryPrinter.Write(ctx.Out, summary, redactor);
        foreach (string error in summary.Errors)
            ctx.Error.WriteLine("error: " + redactor.Redact(error));
        if (summary.Errors.Count == 0)
            return ExitCode.Ok;
        bool onlyAuth = summary.Errors.All(e => e.Contains("token", StringComparison.OrdinalIgnoreCase) || e.Contains("login", StringComparison.OrdinalIgnoreCase));
        return onlyAuth && summary.PostsRead == 0 ? ExitCode.NotConfigured : ExitCode.Remote;
    }

    private static DateTimeOffset? Date(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset t))
            return t;
        throw new CliException(ExitCode.Usage, $"{option}: '{text}' is not a date (use YYYY-MM-DD or an ISO-8601 time)");
    }

    private static long? Positive(long? value, string option) =>
        value is null or > 0 ? value : throw new CliException(ExitCode.Usage, $"{option} must be a positive number");
}
