using System.Diagnostics;
using Microsoft.ML;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;

namespace SentimentMonitor.ML.Training;

/// <summary>
/// Trains one binary head per aspect, then measures rules alone, heads alone and their union on the validation
/// files and records the winner as the model's <see cref="AspectMode"/>.
/// </summary>
internal sealed class AspectTrainer(HeadTrainer heads, Action<string> report)
{
    public (ModelManifest, Dictionary<string, ITransformer>, List<ExperimentRow>, List<ValidationScore>, string) Train(
        TrainingRequest request, List<(LabeledText Row, float Weight)> rows, List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version)
    {
        TextPipelineOptions options = request.Options ?? ExperimentGrid.Recipe(ModelTask.Aspects);
        Dictionary<string, ITransformer> transformers = [];
        List<HeadManifest> headManifests = [];
        Stopwatch clock = Stopwatch.StartNew();
        foreach (string aspect in DomainSlugs.All<Aspect>())
        {
            WeightedExample[] examples = rows
                .Select(r => new WeightedExample(r.Row.Label.Split(',').Contains(aspect) ? "true" : "false", r.Row.Text, r.Weight))
                .ToArray();
            int positives = examples.Count(e => e.Label == "true");
            if (positives == 0 || positives == examples.Length)
            {
                report($"aspect {aspect}: skipped (needs both positive and negative examples; {positives} positive)");
                continue;
            }
            report($"aspect {aspect}: training on {positives} positive / {examples.Length - positives} negative");
            ITransformer model = heads.Fit(examples, options);
            transformers[aspect] = model;
            headManifests.Add(new HeadManifest(aspect, options, new TextHead(heads.Context, model, options.Preprocessing).Labels));
        }
        if (headManifests.Count == 0)
            throw new ArgumentException("no aspect has both positive and negative examples in the training data");
        double seconds = clock.Elapsed.TotalSeconds;

        ModelManifest manifest = new() { Task = ModelTask.Aspects, Version = version, TrainedAt = DateTimeOffset.UtcNow, Heads = headManifests, AspectMode = AspectMode.Union };
        MlNetAspectClassifier classifier = MlNetAspectClassifier.From(LoadedModel.FromTransformers(heads.Context, manifest, transformers));
        List<ExperimentRow> experiments = [];
        foreach (AspectMode mode in Enum.GetValues<AspectMode>())
        {
            List<ValidationScore> scores = Score(classifier, mode, validation);
            experiments.Add(new ExperimentRow(Name(mode), $"{Name(mode)}; heads: {options.Describe()}", scores, mode == AspectMode.Rules ? 0 : seconds));
            report($"{Name(mode)}: {string.Join("; ", scores.Select(ModelTrainer.Describe))}");
        }
        AspectMode best = validation.Count == 0 ? AspectMode.Union : Enum.GetValues<AspectMode>()[experiments.IndexOf(experiments.MaxBy(e => e.SelectionScore)!)];
        report($"aspect mode: {Name(best)}");
        manifest = manifest with { AspectMode = best };
        List<ValidationScore> final = Score(classifier, best, validation);
        return (manifest, transformers, experiments, final, $"aspect mode {Name(best)}; one binary head per aspect: {options.Describe()}");
    }

    private static List<ValidationScore> Score(MlNetAspectClassifier classifier, AspectMode mode, List<(string File, IReadOnlyList<LabeledText> Rows)> validation) =>
        validation.Select(v =>
        {
            AspectReport r = ModelEvaluator.Aspects(v.Rows, classifier.Classify(ModelEvaluator.Inputs(v.Rows), mode));
            return new ValidationScore(v.File, r.Count, double.NaN, double.NaN, r.MacroF1, r.MicroF1);
        }).ToList();

    private static string Name(AspectMode mode) => mode switch
    {
        AspectMode.Rules => "rules (clinical vocabulary)",
        AspectMode.Ml => "ML heads",
        _ => "rules ∪ ML heads",
    };
}
