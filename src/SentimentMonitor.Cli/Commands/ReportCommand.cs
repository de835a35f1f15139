using System.CommandLine;
using System.Globalization;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Reports;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>report</c>: charts (PNG+SVG), report.md/html, summary.json and posts.csv/jsonl for one or more publications.</summary>
public static class ReportCommand
{
    private static readonly Option<string[]> Publications = new("--publication")
    {
        Description = "Publication to report on (key, DOI, PMID or PMCID); repeat to compare papers side by side",
        Required = true,
    };
    private static readonly Option<string> Out = new("--out") { Description = "Folder to write the report into (created if missing)", Required = true };
    private static readonly Option<string?> From = new("--from") { Description = "First day included (YYYY-MM-DD, UTC)" };
    private static readonly Option<string?> To = new("--to") { Description = "Last day included (YYYY-MM-DD, UTC)" };
    private static readonly Option<bool> CliniciansOnly = new("--clinicians-only") { Description = "Only posts by clinicians in charts and post files" };

    public static Command Create()
    {
        Command command = new("report", "Write a reception report: charts, report.md/html, summary.json, posts.csv/jsonl");
        command.WithExamples(
            "report --publication 10.1056/NEJMoa2214171 --out report/",
            "report --publication 10.1056/NEJMoa2214171 --publication 10.1056/NEJMoa2307563 --out compare/ --clinicians-only",
            "report --publication 37099340 --from 2023-04-27 --to 2023-05-31 --out may/");
        command.Options.Add(Publications);
        command.Options.Add(Out);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(CliniciansOnly);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        DateOnly? from = Day(ctx.Get(From), "--from"), to = Day(ctx.Get(To), "--to");
        if (from > to)
            throw new CliException(ExitCode.Usage, $"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}");
        string output = Path.GetFullPath(ctx.Get(Out)!);
        using LiteDbStore store = StoreAccess.OpenForRead(ctx);
        Publication[] publications = (ctx.Get(Publications) ?? []).Select(p => StoreAccess.RequirePublication(store, p)).ToArray();
        ReportOptions options = new()
        {
            Publications = publications,
            OutputDirectory = output,
            From = from,
            To = to,
            CliniciansOnly = ctx.Get(CliniciansOnly),
            GeneratedAt = DateTimeOffset.UtcNow,
        };
        ReportResult result;
        try
        {
            result = new ReportGenerator(store, store, store).Generate(options, ctx.Cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Failure, $"cannot write the report to {output}: {ex.Message}", ex);
        }
        foreach (var f in result.Publications)
            ctx.Out.WriteLine($"{f.Publication.Key}: {f.Summary.Posts} posts, {f.Summary.ClinicianPosts} by clinicians, clinician net {f.Summary.ClinicianNet.Format()}");
        ctx.Out.WriteLine($"wrote {result.Files.Count} files to {output} (open report.html)");
        return ExitCode.Ok;
    }

    private static DateOnly? Day(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? day
            : throw new CliException(ExitCode.Usage, $"{option} '{text}' is not a date; expected YYYY-MM-DD");
    }
}
