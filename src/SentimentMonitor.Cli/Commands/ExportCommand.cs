using System.CommandLine;
using System.Text;
using SentimentMonitor.Cli.Export;
using SentimentMonitor.Reports.Export;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>export</c>: one record per post (JSONL or CSV), with the publications it cites and its labels in effect.</summary>
public static class ExportCommand
{
    private static readonly Option<string?> PublicationOption = new("--publication") { Description = "Only posts citing this publication (key, DOI, PMID or PMCID)" };
    private static readonly Option<string> Format = new("--format") { Description = "jsonl or csv", Required = true };
    private static readonly Option<string?> Out = new("--out") { Description = "Write to this file instead of stdout" };

    public static Command Create()
    {
        Command command = new("export", "Export posts as JSONL or CSV (oldest first)");
        command.WithExamples(
            "export --format csv --out posts.csv",
            "export --publication 37099340 --format jsonl --out blina.jsonl   (fields: docs/export.md)");
        command.Options.Add(PublicationOption);
        command.Options.Add(Format);
        command.Options.Add(Out);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        string format = (ctx.Get(Format) ?? "").Trim().ToLowerInvariant();
        if (format is not ("jsonl" or "csv"))
            throw new CliException(ExitCode.Usage, $"unknown export format '{ctx.Get(Format)}'; expected jsonl or csv");
        using LiteDbStore store = StoreAccess.OpenForRead(ctx);
        string? publication = ctx.Get(PublicationOption);
        PostQuery query = new()
        {
            PublicationKey = publication is null ? null : StoreAccess.RequirePublication(store, publication).Key,
            OldestFirst = true,
        };
        string? path = ctx.Get(Out);
        if (path is not null)
            OutputPath.Check(path);
        Stream stream;
        try
        {
            stream = path is null ? new WriterStream(ctx.Out) : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Failure, $"cannot write {path}: {ex.Message}", ex);
        }
        long count = 0;
        using (stream)
        {
            if (format == "jsonl")
            {
                using BufferedStream buffered = new(stream, 1 << 16);
                foreach (ExportRow row in ExportRows.Read(store, store, query))
                {
                    JsonExport.WriteLine(buffered, row);
                    count++;
                }
            }
            else
            {
                using StreamWriter writer = new(stream, new UTF8Encoding(false), 1 << 16);
                using CsvExport csv = new(writer);
                foreach (ExportRow row in ExportRows.Read(store, store, query))
                {
                    csv.Write(row);
                    count++;
                }
            }
        }
        if (path is not null)
            ctx.Error.WriteLine($"exported {count} posts to {path}");
        return ExitCode.Ok;
    }
}
