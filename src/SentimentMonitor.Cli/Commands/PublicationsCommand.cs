using System.CommandLine;
using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>publications</c>: the tracked publications with their post counts (from the pre-aggregates, no post loads).</summary>
public static class PublicationsCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print as a JSON array" };

    public static Command Create()
    {
        Command command = new("publications", "List tracked publications with post counts and the newest post time");
        command.WithExamples(
            "publications",
            "publications --json");
        command.Options.Add(Json);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        using LiteDbStore store = StoreAccess.OpenForRead(ctx);
        var rows = store.GetAll().Select(p => (Publication: p, Activity: store.Activity(p.Key))).ToList();
        if (ctx.Get(Json))
        {
            ctx.Out.WriteLine(JsonSerializer.Serialize(rows.Select(r => new
            {
                key = r.Publication.Key,
                doi = r.Publication.Doi,
                pmid = r.Publication.Pmid,
                pmcid = r.Publication.Pmcid,
                title = r.Publication.Title,
                urls = r.Publication.Urls,
                keywords = r.Publication.Keywords,
                posts = r.Activity.Posts,
                last_post_at = r.Activity.LastPostAt,
            })));
            return ExitCode.Ok;
        }
        if (rows.Count == 0)
        {
            ctx.Out.WriteLine("no publications tracked yet (use `track --doi …`)");
            return ExitCode.Ok;
        }
        // The key column is as wide as the longest key (URL- or keyword-derived keys run past 32), so columns line up.
        int keyWidth = Math.Max(32, rows.Max(r => ConsoleText.Clean(r.Publication.Key).Length));
        ctx.Out.WriteLine($"{"KEY".PadRight(keyWidth)} {"POSTS",7}  {"LAST POST",-16}  TITLE");
        foreach ((Publication p, (long posts, DateTimeOffset? last)) in rows)
            ctx.Out.WriteLine($"{ConsoleText.Clean(p.Key).PadRight(keyWidth)} {posts,7}  {last?.UtcDateTime.ToString("yyyy-MM-dd HH:mm") ?? "-",-16}  {ConsoleText.Clean(p.Title)}");
        return ExitCode.Ok;
    }
}
