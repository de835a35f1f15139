using System.CommandLine;
using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>author classify [--all]</c>: stores machine role/specialty/stage labels for stored authors (new ones, or those
/// labeled by an older classifier version; every author with --all). Human labels keep winning.
/// </summary>
public static class AuthorClassifyCommand
{
    public static Command Create()
    {
        Option<bool> all = new("--all") { Description = "Reclassify every author, not only new or outdated ones" };
        Command command = new("classify", "Classify stored authors (role, specialty, stage) with the shipped classifier") { all };
        VerbRunner.Attach(command, ctx =>
        {
            if (!File.Exists(ctx.DatabasePath))
                throw new CliException(ExitCode.Database, $"database not found: {ctx.DatabasePath} (import something first, or pass --db)");
            using LiteDbStore store = StoreAccess.OpenForWrite(ctx);
            var classifier = AuthorClassifierFactory.Create();
            IReadOnlyDictionary<AuthorRole, int> counts = AuthorLabeler.LabelAuthors(store, classifier, ctx.Get(all), cancellation: ctx.Cancellation);
            int total = counts.Values.Sum();
            string breakdown = string.Join(", ", counts.OrderByDescending(kv => kv.Value).Select(kv => $"{DomainSlugs.Slug(kv.Key)} {kv.Value}"));
            ctx.Out.WriteLine(total == 0
                ? $"all authors already classified by {classifier.Version} (use --all to redo)"
                : $"classified {total} authors with {classifier.Version}: {breakdown}");
            return ExitCode.Ok;
        });
        return command;
    }
}
