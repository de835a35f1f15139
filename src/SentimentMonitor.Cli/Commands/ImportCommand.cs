using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Import;
using SentimentMonitor.Sources.Import;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>import</c>: reads export files (X twarc2/API JSON, Bluesky, Mastodon, CSV), matches each post against the
/// tracked publications and stores it. Bad records are reported as file:line: reason on stderr and skipped
/// (or stop the import with --strict). Safe to kill at any moment: re-running the same command completes it.
/// </summary>
public static class ImportCommand
{
    private static readonly Argument<string[]> Files = new("files") { Description = "Export files to read", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<string> Format = new("--format") { Description = "x, bluesky, mastodon or csv", Required = true };
    private static readonly Option<bool> Strict = new("--strict") { Description = "Stop at the first bad record; its batch is not written" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the counts as one JSON object" };
    private static readonly Option<int> BatchSize = new("--batch-size") { Description = "Records per transaction", DefaultValueFactory = _ => 2000, Hidden = true };

    public static Command Create()
    {
        Command command = new("import", "Import posts from export files and match them to tracked publications");
        command.WithExamples(
            "import tweets.jsonl --format x",
            "import posts.csv --format csv --json            (columns: docs/csv-format.md)",
            "import bsky-*.json --format bluesky --strict");
        command.Arguments.Add(Files);
        foreach (Option option in new Option[] { Format, Strict, Json, BatchSize })
            command.Options.Add(option);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        ImportFormat format = ParseFormat(ctx.Get(Format));
        string[] files = ctx.Get(Files) ?? [];
        foreach (string file in files)
        {
            if (Directory.Exists(file))
                throw new CliException(ExitCode.InputNotFound, $"{file} is a folder: give the export files in it (for example {Path.Combine(file, "*.jsonl")})");
            if (!File.Exists(file))
                throw new CliException(ExitCode.InputNotFound, $"input file not found: {file}");
        }
        // Checked before anything is stored, so a wrongly encoded file leaves the database as it was.
        foreach (string file in files)
        {
            string? problem;
            try
            {
                problem = Utf8FileCheck.FirstProblem(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCode.InputNotFound, $"cannot read {file}: {ex.Message}", ex);
            }
            if (problem is not null)
                throw new CliException(ExitCode.BadInput, $"{file}: {problem}; nothing was imported. Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 {Path.GetFileName(file)}`) and import it again");
        }
        int batchSize = ctx.Get(BatchSize);
        if (batchSize < 1)
            throw new CliException(ExitCode.Usage, "--batch-size must be at least 1");

        using LiteDbStore store = StoreAccess.OpenForWrite(ctx);
        ImportService service = new(store, StoreAccess.Matcher(store.GetAll()), new ImportOptions(batchSize, ctx.Get(Strict)));
        ProgressLine? progress = ctx.Interactive ? new ProgressLine(ctx.Error) : null;
        ImportSummary total = ImportSummary.Empty;
        foreach (string file in files)
        {
            ImportSummary summary = ImportFile(ctx, service, RecordParsers.For(format), file, progress);
            total = total.Plus(summary);
            if (summary.StoppedAt is not null)
                break;
        }
        progress?.Clear();
        Print(ctx, total);
        if (total.StoppedAt is { } stop)
            throw new CliException(ExitCode.BadInput, $"stopped at the first bad record (--strict): {stop}; {total.New + total.Duplicates} posts before its batch were stored");
        return ExitCode.Ok;
    }

    private static ImportSummary ImportFile(VerbContext ctx, ImportService service, Core.Ports.IRecordParser parser, string file, ProgressLine? progress)
    {
        try
        {
            using FileStream stream = new(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
            return service.Import(
                parser,
                stream,
                file,
                rejected => { progress?.Clear(); ctx.Error.WriteLine(rejected.ToString()); },
                progress is null ? null : p => progress.Show(p),
                ctx.Cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.InputNotFound, $"cannot read {file}: {ex.Message}", ex);
        }
    }

    internal static ImportFormat ParseFormat(string? text) =>
        DomainSlugs.TryParse(text, out ImportFormat format)
            ? format
            : throw new CliException(ExitCode.BadInput, $"unknown format '{text}'; expected one of: {string.Join(", ", DomainSlugs.All<ImportFormat>())}");

    private static void Print(VerbContext ctx, ImportSummary s)
    {
        if (ctx.Get(Json))
            ctx.Out.WriteLine(JsonSerializer.Serialize(new { read = s.Read, @new = s.New, duplicates = s.Duplicates, unmatched = s.Unmatched, rejected = s.Rejected }));
        else
            ctx.Out.WriteLine($"read {s.Read}, new {s.New}, duplicates {s.Duplicates}, unmatched {s.Unmatched}, rejected {s.Rejected}");
    }

    /// <summary>A single self-overwriting stderr line, redrawn at most 10 times a second.</summary>
    private sealed class ProgressLine(TextWriter error)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastDraw = -1000;
        private bool _shown;

        public void Show(ImportProgress p)
        {
            if (_clock.ElapsedMilliseconds - _lastDraw < 100)
                return;
            _lastDraw = _clock.ElapsedMilliseconds;
            string percent = p.BytesTotal is > 0 ? $"{100.0 * p.BytesRead / p.BytesTotal.Value,5:0.0}% " : "";
            error.Write($"\r{Path.GetFileName(p.File)}: {percent}{p.Read:N0} records, {p.Read / Math.Max(_clock.Elapsed.TotalSeconds, 0.001):N0}/s   ");
            _shown = true;
        }

        public void Clear()
        {
            if (!_shown)
                return;
            error.Write("\r\u001b[2K");
            _shown = false;
        }
    }
}
