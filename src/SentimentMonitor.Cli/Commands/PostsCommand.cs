using System.CommandLine;
using System.Text;
using System.Text.Json;
using SentimentMonitor.Cli.Export;
using SentimentMonitor.Reports.Export;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>posts</c>: the newest stored posts, of one publication or those matching none.</summary>
public static class PostsCommand
{
    private static readonly Option<string?> PublicationOption = new("--publication") { Description = "Only posts citing this publication (key, DOI, PMID or PMCID)" };
    private static readonly Option<bool> Unmatched = new("--unmatched") { Description = "Only posts that cite no tracked publication" };
    private static readonly Option<int> Limit = new("--limit") { Description = "At most this many posts (newest first)", DefaultValueFactory = _ => 20 };
    private static readonly Option<bool> Json = new("--json") { Description = "Print as a JSON array of export records" };

    public static Command Create()
    {
        Command command = new("posts", "List stored posts, newest first");
        command.WithExamples(
            "posts --publication 10.1056/NEJMoa2214171 --limit 50",
            "posts --unmatched --json");
        foreach (Option option in new Option[] { PublicationOption, Unmatched, Limit, Json })
            command.Options.Add(option);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        int limit = ctx.Get(Limit);
        if (limit < 1)
            throw new CliException(ExitCode.Usage, "--limit must be at least 1");
        string? publication = ctx.Get(PublicationOption);
        if (publication is not null && ctx.Get(Unmatched))
            throw new CliException(ExitCode.Usage, "--publication and --unmatched exclude each other");
        using LiteDbStore store = StoreAccess.OpenForRead(ctx);
        PostQuery query = new()
        {
            PublicationKey = publication is null ? null : StoreAccess.RequirePublication(store, publication).Key,
            UnmatchedOnly = ctx.Get(Unmatched),
            Limit = limit,
        };
        List<ExportRow> rows = ExportRows.Read(store, store, query).ToList();
        if (ctx.Get(Json))
        {
            using MemoryStream buffer = new();
            using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartArray();
                foreach (ExportRow row in rows)
                    JsonExport.Write(json, row);
                json.WriteEndArray();
            }
            ctx.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            return ExitCode.Ok;
        }
        foreach (ExportRow row in rows)
        {
            var post = row.Post;
            string text = OneLine(post.Text, 100);
            string cites = row.Publications.Count == 0 ? "unmatched" : string.Join(",", row.Publications.Select(p => $"{p.Key}:{p.MatchedBy}"));
            ctx.Out.WriteLine($"{post.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm}  {Core.Domain.DomainSlugs.Slug(post.Platform),-8} @{OneLine(post.AuthorHandle, 60)}  [{cites}]  {text}");
        }
        if (rows.Count == 0)
            ctx.Error.WriteLine("no posts");
        return ExitCode.Ok;
    }

    /// <summary>
    /// Removes whole terminal control sequences (CSI, OSC, C1, bidi; <see cref="Core.Text.TerminalText.Sanitize"/>) and
    /// collapses whitespace: post text and handles are untrusted and must not drive the terminal.
    /// </summary>
    internal static string OneLine(string text, int max)
    {
        text = Core.Text.TerminalText.Sanitize(text);
        StringBuilder sb = new(Math.Min(text.Length, max + 1));
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
            if (sb.Length >= max)
                return sb.Append('…').ToString();
        }
        return sb.ToString();
    }
}
