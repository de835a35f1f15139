using System.CommandLine;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>train</c>: fits a model from label TAB text files and writes models/NAME.zip plus its card NAME.md.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        Option<string[]> data = new("--data")
        {
            Description = "Training file 'label<TAB>text' (repeatable); FILE@W weights its examples by W (e.g. a domain corpus @3)",
            Required = true,
        };
        Option<string[]> domain = new("--domain")
        {
            Description = "Sentiment only: domain file of posts about studies (repeatable); trains the hashed stack (general head on --data, domain head, gate, stacker)",
        };
        Option<string[]> domainExtra = new("--domain-extra")
        {
            Description = "Sentiment only: extra labelled file for the domain head (repeatable, e.g. citation sentiment); its weight is set by the recipe or experiment variant",
        };
        Option<string?> featuresFrom = new("--features-from")
        {
            Description = "Evaluating/aspects only: train the heads on this hashed sentiment model's features (e.g. models/sentiment-v2.zip), so classify featurises each post once for all labels",
        };
        Option<string[]> valid = new("--valid") { Description = "Validation file (repeatable); metrics go in the model card" };
        Option<string> output = new("--out") { Description = "Model zip to write, e.g. models/sentiment-v2.zip", Required = true };
        Option<string> task = TaskOption.Create();
        Option<bool> experiments = new("--experiments") { Description = "Measure the experiment grid on the validation files first and keep the best variant" };
        Option<int> seed = new("--seed") { Description = "Random seed (fixed for reproducibility)", DefaultValueFactory = _ => 1 };
        Option<string?> version = new("--model-version") { Description = "Version recorded in the model (default: the zip's file name)" };
        Command command = new("train", "Train a model from labelled text files and write its model card") { data, domain, domainExtra, valid, output, task, experiments, seed, version, featuresFrom };
        VerbRunner.Attach(command, ctx =>
        {
            TrainingRequest request = new()
            {
                Task = TaskOption.Parse(ctx.Get(task)),
                Data = (ctx.Get(data) ?? []).Select(TrainingFile.Parse).ToArray(),
                Domain = (ctx.Get(domain) ?? []).Select(TrainingFile.Parse).ToArray(),
                DomainExtra = (ctx.Get(domainExtra) ?? []).Select(TrainingFile.Parse).ToArray(),
                Validation = ctx.Get(valid) ?? [],
                OutPath = ctx.Get(output)!,
                Experiments = ctx.Get(experiments),
                Seed = ctx.Get(seed),
                Version = ctx.Get(version),
                FeaturesFrom = ctx.Get(featuresFrom),
            };
            TrainingResult result = Run(request, new ConsoleProgress(ctx.Error));
            ctx.Out.WriteLine($"model: {result.ModelPath} ({result.Manifest.Version})");
            ctx.Out.WriteLine($"card:  {result.CardPath}");
            foreach (ValidationScore score in result.Validation)
            {
                ctx.Out.WriteLine(double.IsNaN(score.MicroF1)
                    ? $"{score.File}: accuracy {score.Accuracy:0.000}, macro-recall {score.MacroRecall:0.000}, macro-F1 {score.MacroF1:0.000}"
                    : $"{score.File}: micro-F1 {score.MicroF1:0.000}, macro-F1 {score.MacroF1:0.000}");
            }
            return ExitCode.Ok;
        });
        return command;
    }

    private static TrainingResult Run(TrainingRequest request, IProgress<string> progress)
    {
        try
        {
            return new ModelTrainer(progress).Train(request);
        }
        catch (LabeledDataException ex)
        {
            throw new CliException(ExitCode.BadInput, ex.Message, ex);
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException(ExitCode.InputNotFound, ex.Message, ex);
        }
        catch (ArgumentException ex) when (ex.ParamName == "request")
        {
            throw new CliException(ExitCode.Usage, ex.Message, ex);
        }
        catch (FormatException ex)
        {
            throw new CliException(ExitCode.Usage, ex.Message, ex);
        }
    }
}
