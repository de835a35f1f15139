using System.Diagnostics;
using Microsoft.ML;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Hashing;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;

namespace SentimentMonitor.ML.Training;

/// <summary>
/// Trains a model zip and writes its card: reads the data, optionally runs the experiment grid on the validation
/// files and keeps the best variant, fits the final model with a fixed seed, scores it and saves both files.
/// </summary>
public sealed class ModelTrainer(IProgress<string>? progress = null)
{
    public TrainingResult Train(TrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Data.Count == 0)
            throw new ArgumentException("at least one data file is needed", nameof(request));
        Stopwatch clock = Stopwatch.StartNew();
        Report($"reading {request.Data.Count} data file(s)");
        (List<(LabeledText Row, float Weight)> rows, List<DataFileSummary> summaries) = TrainingData.Load(request.Data, request.Task);
        List<(string File, IReadOnlyList<LabeledText> Rows)> validation = request.Validation
            .Select(v => (v, LabeledTextReader.Read(v, request.Task))).ToList();
        Report($"{rows.Count} training rows, {validation.Sum(v => v.Rows.Count)} validation rows");
        HeadTrainer heads = new(new MLContext(seed: request.Seed));
        string version = request.Version ?? Path.GetFileNameWithoutExtension(request.OutPath);
        if (request.Domain.Count > 0)
            return TrainHashedStack(request, heads.Context, rows, summaries, validation, version, clock);

        (ModelManifest manifest, Dictionary<string, ITransformer> transformers, List<ExperimentRow> experiments, List<ValidationScore> scores, string pipeline) =
            request.Task switch
            {
                // Evaluating and aspects heads share one featurizer (see Heads/SharedRecipe).
                ModelTask.Aspects => new AspectTrainer(new SharedHeadsFitter(heads.Context, request.Seed), Report).Train(request, rows, validation, version),
                ModelTask.Evaluating => new EvaluatingTrainer(new SharedHeadsFitter(heads.Context, request.Seed), Report).Train(request, rows, validation, version),
                _ => TrainSingleLabel(heads, request, rows, validation, version),
            };

        Report($"saving {request.OutPath}");
        ModelBundle.Save(request.OutPath, manifest, transformers, heads.Context);
        string card = Path.ChangeExtension(request.OutPath, ".md");
        TrainingResult result = new(manifest, request.OutPath, card, summaries, scores, experiments, clock.Elapsed, pipeline);
        ModelCardWriter.Write(card, result, request);
        Report($"done in {clock.Elapsed.TotalSeconds:0.0} s; card: {card}");
        return result;
    }

    private TrainingResult TrainHashedStack(TrainingRequest request, MLContext ml, List<(LabeledText Row, float Weight)> rows,
        List<DataFileSummary> summaries, List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version, Stopwatch clock)
    {
        if (request.Task != ModelTask.Sentiment)
            throw new ArgumentException("domain files (--domain) are only used by sentiment models", nameof(request));
        (List<(LabeledText Row, float Weight)> domainRows, List<DataFileSummary> domainSummaries) = TrainingData.Load(request.Domain, request.Task);
        Report($"{domainRows.Count} domain rows");
        List<IReadOnlyList<LabeledText>> extras = [];
        foreach (TrainingFile extra in request.DomainExtra)
        {
            (List<(LabeledText Row, float Weight)> extraRows, List<DataFileSummary> extraSummaries) = TrainingData.Load([extra], request.Task);
            extras.Add(extraRows.Select(r => r.Row).ToList());
            domainSummaries.AddRange(extraSummaries);
        }
        HashedStackOutcome outcome = HashedStackExperiments.Run(ml, request, rows.Select(r => r.Row).ToList(), domainRows.Select(r => r.Row).ToList(),
            extras, validation, version, Report);
        foreach (ValidationScore s in outcome.Scores)
            Report($"validation {Describe(s)}");
        Report($"saving {request.OutPath}");
        ModelBundle.Save(request.OutPath, outcome.Manifest, outcome.Transformers, ml, outcome.Schemas);
        HashedFeatureScales.Append(request.OutPath, outcome.FeatureScales);
        string card = Path.ChangeExtension(request.OutPath, ".md");
        TrainingResult result = new(outcome.Manifest, request.OutPath, card, [.. summaries, .. domainSummaries], outcome.Scores, outcome.Experiments,
            clock.Elapsed, outcome.Pipeline);
        ModelCardWriter.Write(card, result, request);
        Report($"done in {clock.Elapsed.TotalSeconds:0.0} s; card: {card}");
        return result;
    }

    private (ModelManifest, Dictionary<string, ITransformer>, List<ExperimentRow>, List<ValidationScore>, string) TrainSingleLabel(
        HeadTrainer heads, TrainingRequest request, List<(LabeledText Row, float Weight)> rows,
        List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version)
    {
        WeightedExample[] examples = rows.Select(r => new WeightedExample(r.Row.Label, r.Row.Text, r.Weight)).ToArray();
        List<ExperimentRow> experiments = [];
        Dictionary<TextPipelineOptions, ITransformer> fitted = [];
        TextPipelineOptions chosen = request.Options ?? ExperimentGrid.Recipe(request.Task);
        if (request.Experiments && validation.Count > 0)
        {
            IReadOnlyList<(string Name, TextPipelineOptions Options)> grid = ExperimentGrid.For(request.Task);
            for (int i = 0; i < grid.Count; i++)
            {
                Report($"experiment {i + 1}/{grid.Count}: {grid[i].Name}");
                Stopwatch sw = Stopwatch.StartNew();
                ITransformer model = heads.Fit(examples, grid[i].Options);
                double seconds = sw.Elapsed.TotalSeconds;
                fitted[grid[i].Options] = model;
                List<ValidationScore> s = Score(heads.Context, request.Task, version, grid[i].Options, model, validation);
                experiments.Add(new ExperimentRow(grid[i].Name, grid[i].Options.Describe(), s, seconds));
                Report($"  {string.Join("; ", s.Select(Describe))} ({seconds:0.0} s)");
            }
            chosen = grid[experiments.IndexOf(experiments.MaxBy(e => e.SelectionScore)!)].Options;
            Report($"best: {chosen.Describe()}");
        }
        if (!fitted.TryGetValue(chosen, out ITransformer? final))
        {
            Report($"training {request.Task.ToString().ToLowerInvariant()} model: {chosen.Describe()}");
            final = heads.Fit(examples, chosen);
        }
        List<ValidationScore> scores = Score(heads.Context, request.Task, version, chosen, final, validation);
        foreach (ValidationScore s in scores)
            Report($"validation {Describe(s)}");
        ModelManifest manifest = Manifest(request.Task, version, chosen, heads.Context, final);
        return (manifest, new Dictionary<string, ITransformer> { ["main"] = final }, experiments, scores, chosen.Describe());
    }

    private static ModelManifest Manifest(ModelTask task, string version, TextPipelineOptions options, MLContext ml, ITransformer model)
    {
        TextHead head = new(ml, model, options.Preprocessing);
        return new ModelManifest
        {
            Task = task,
            Version = version,
            TrainedAt = DateTimeOffset.UtcNow,
            Heads = [new HeadManifest("main", options, head.Labels)],
        };
    }

    private static List<ValidationScore> Score(MLContext ml, ModelTask task, string version, TextPipelineOptions options, ITransformer model,
        List<(string File, IReadOnlyList<LabeledText> Rows)> validation)
    {
        LoadedModel loaded = LoadedModel.FromTransformers(ml, Manifest(task, version, options, ml, model), new Dictionary<string, ITransformer> { ["main"] = model });
        return validation.Select(v =>
        {
            ClassificationReport r = task == ModelTask.Sentiment
                ? ModelEvaluator.Sentiment(MlNetSentimentClassifier.From(loaded), v.Rows)
                : ModelEvaluator.Evaluating(MlNetEvaluatingClassifier.From(loaded), v.Rows);
            return new ValidationScore(v.File, r.Count, r.Accuracy, r.MacroRecall, r.MacroF1);
        }).ToList();
    }

    internal static string Describe(ValidationScore s) => double.IsNaN(s.MicroF1)
        ? $"{Path.GetFileName(s.File)}: acc {s.Accuracy:0.000}, MR {s.MacroRecall:0.000}, macro-F1 {s.MacroF1:0.000}"
        : $"{Path.GetFileName(s.File)}: micro-F1 {s.MicroF1:0.000}, macro-F1 {s.MacroF1:0.000}";

    private void Report(string message) => progress?.Report(message);
}
