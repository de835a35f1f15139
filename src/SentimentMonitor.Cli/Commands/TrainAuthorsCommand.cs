using System.CommandLine;
using SentimentMonitor.Core.Authors;
using SentimentMonitor.ML.Authors;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>train-authors --data FILE.tsv --out MODEL.zip</c>: trains the ML.NET author role/specialty model.</summary>
public static class TrainAuthorsCommand
{
    public static Command Create()
    {
        Option<string> data = new("--data") { Description = "Labeled bios: role TAB specialty TAB bio (e.g. corpus/bios/bios-train-eval.tsv)", Required = true };
        Option<string> output = new("--out") { Description = "Model zip to write", DefaultValueFactory = _ => Path.Combine("models", AuthorClassifierFactory.ModelFileName) };
        Command command = new("train-authors", "Train the author role/specialty model (ML.NET, fixed seed)") { data, output };
        VerbRunner.Attach(command, ctx =>
        {
            string path = ctx.Get(data)!;
            if (!File.Exists(path))
                throw new CliException(ExitCode.InputNotFound, $"data file not found: {path}");
            IReadOnlyList<AuthorGoldLabel> gold;
            try
            {
                gold = AuthorGoldFile.Parse(File.ReadLines(path), path);
            }
            catch (FormatException ex)
            {
                throw new CliException(ExitCode.BadInput, ex.Message, ex);
            }
            string modelPath = ctx.Get(output)!;
            AuthorModelTrainer.TrainAndSave(gold.Select(g => (AuthorModelLabels.For(g.Role, g.Specialty), g.Bio)), modelPath);
            ctx.Out.WriteLine($"trained on {gold.Count} bios (seed {AuthorModelTrainer.Seed}); wrote {Path.GetFullPath(modelPath)}");
            return ExitCode.Ok;
        });
        return command;
    }
}
