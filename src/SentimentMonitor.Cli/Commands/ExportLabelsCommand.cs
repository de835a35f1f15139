using System.CommandLine;
using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Services;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>export-labels</c>: writes the posts a person corrected (in the dashboard) in the training format, so
/// <c>train --data FILE.tsv</c> can learn from the corrections. Oldest first, so the file is stable.
/// </summary>
public static class ExportLabelsCommand
{
    private static readonly Option<string> Out = new("--out") { Description = "TSV file to write", Required = true };
    private static readonly Option<string> Task = new("--task") { Description = "sentiment (label TAB text) or aspects (a,b TAB text)", DefaultValueFactory = _ => "sentiment" };
    private static readonly Option<string?> PublicationOption = new("--publication") { Description = "Only posts citing this publication" };

    public static Command Create()
    {
        Command command = new("export-labels", "Write human-corrected posts in the training format (for train --data)");
        command.WithExamples(
            "export-labels --out corrections.tsv",
            "export-labels --task aspects --out aspects.tsv");
        foreach (Option option in new Option[] { Out, Task, PublicationOption })
            command.Options.Add(option);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        Func<Post, string?> line = ctx.Get(Task) switch
        {
            "sentiment" => TrainingLabelLines.Sentiment,
            "aspects" => TrainingLabelLines.Aspects,
            string other => throw new CliException(ExitCode.Usage, $"unknown --task '{other}': expected sentiment or aspects"),
            null => TrainingLabelLines.Sentiment,
        };
        string path = ctx.Get(Out)!;
        OutputPath.Check(path);
        using LiteDbStore store = StoreAccess.OpenForRead(ctx);
        string? key = ctx.Get(PublicationOption) is { } wanted ? StoreAccess.RequirePublication(store, wanted).Key : null;
        int written;
        string temp = path + ".tmp";
        // Written to a temporary file and moved into place: a failure never leaves half a training file.
        try
        {
            written = Write(store, key, line, temp);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new CliException(ExitCode.Failure, $"cannot write {path}: {ex.Message.Replace(temp, path, StringComparison.Ordinal)}", ex);
        }
        ctx.Out.WriteLine($"wrote {written} corrected posts to {path}");
        return ExitCode.Ok;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write failed already; that error is the one to report.
        }
    }

    private static int Write(LiteDbStore store, string? key, Func<Post, string?> line, string temp)
    {
        int written = 0;
        using (StreamWriter writer = new(temp, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (Post post in store.Query(new PostQuery { PublicationKey = key, OldestFirst = true }))
            {
                if (line(post) is { } text)
                {
                    writer.WriteLine(text);
                    written++;
                }
            }
        }
        return written;
    }
}
