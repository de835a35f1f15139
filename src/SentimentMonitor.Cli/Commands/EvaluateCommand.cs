using System.CommandLine;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>evaluate</c>: scores a model on a labelled file (accuracy, macro-recall/F1, per class, confusion; or aspect F1s).</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        Option<string> data = new("--data") { Description = "Labelled file: 'label<TAB>text' (evaluating: true/false; aspects: 'a,b<TAB>text')", Required = true };
        Option<string?> model = new("--model") { Description = "Model zip (default: the newest TASK-vN.zip in ./models or $SENTIMENTMONITOR_MODELS)" };
        Option<string> task = TaskOption.Create();
        Option<bool> json = new("--json") { Description = "Print one JSON object" };
        Command command = new("evaluate", "Score a model on a labelled file") { data, model, task, json };
        command.WithExamples(
            "evaluate --data corpus/posts/domain-holdout.tsv",
            "evaluate --task aspects --data corpus/posts/aspects-holdout.tsv --json");
        VerbRunner.Attach(command, ctx =>
        {
            ModelTask kind = TaskOption.Parse(ctx.Get(task));
            IReadOnlyList<LabeledText> rows = Read(ctx.Get(data)!, kind);
            string modelPath = ModelLocator.Require(kind, ctx.Get(model));
            // Which model and file the numbers belong to: the default model is found by search, so say which one it was.
            if (!ctx.Get(json))
                ctx.Out.WriteLine($"model: {modelPath}\ndata: {ctx.Get(data)}\n");
            if (kind == ModelTask.Aspects)
            {
                AspectReport report = ModelEvaluator.Aspects(Load(() => MlNetAspectClassifier.Load(modelPath)), rows);
                ctx.Out.WriteLine(ctx.Get(json) ? MetricsJson.Aspects(report) : MetricsText.Aspects(report));
                return ExitCode.Ok;
            }
            ClassificationReport result = kind == ModelTask.Sentiment
                ? ModelEvaluator.Sentiment(Load<ISentimentClassifier>(() => MlNetSentimentClassifier.Load(modelPath)), rows)
                : ModelEvaluator.Evaluating(Load<IEvaluatingClassifier>(() => MlNetEvaluatingClassifier.Load(modelPath)), rows);
            ctx.Out.WriteLine(ctx.Get(json) ? MetricsJson.Classification(result) : MetricsText.Classification(result));
            return ExitCode.Ok;
        });
        return command;
    }

    internal static IReadOnlyList<LabeledText> Read(string path, ModelTask task)
    {
        try
        {
            return LabeledTextReader.Read(path, task);
        }
        catch (LabeledDataException ex)
        {
            throw new CliException(ExitCode.BadInput, ex.Message, ex);
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException(ExitCode.InputNotFound, ex.Message, ex);
        }
    }

    internal static T Load<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(ExitCode.BadInput, ex.Message, ex);
        }
    }
}
