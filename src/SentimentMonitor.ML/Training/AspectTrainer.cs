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
/// files (with --experiments, for each head variant of <see cref="ExperimentGrid.ForAspects"/>) and keeps the winner:
/// its heads and its <see cref="AspectMode"/>.
/// </summary>
internal sealed class AspectTrainer(HeadTrainer heads, Action<string> report)
{
    private sealed record Candidate(string Name, TextPipelineOptions Options, AspectMode Mode, ModelManifest Manifest, Dictionary<string, ITransformer> Heads);

    public (ModelManifest, Dictionary<string, ITransformer>, List<ExperimentRow>, List<ValidationScore>, string) Train(
        TrainingRequest request, List<(LabeledText Row, float Weight)> rows, List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version)
    {
        IReadOnlyList<(string Name, TextPipelineOptions Options)> variants = request.Options is not null
            ? [("requested", request.Options)]
            : request.Experiments ? ExperimentGrid.ForAspects() : [("recipe", ExperimentGrid.Recipe(ModelTask.Aspects))];
        List<ExperimentRow> experiments = [];
        List<Candidate> candidates = [];
        foreach ((string name, TextPipelineOptions options) in variants)
        {
            report($"aspect heads, variant '{name}'");
            Stopwatch clock = Stopwatch.StartNew();
            (ModelManifest manifest, Dictionary<string, ITransformer> transformers) = TrainHeads(rows, options, version);
            double seconds = clock.Elapsed.TotalSeconds;
            MlNetAspectClassifier classifier = MlNetAspectClassifier.From(LoadedModel.FromTransformers(heads.Context, manifest, transformers));
            foreach (AspectMode mode in Enum.GetValues<AspectMode>())
            {
                if (mode == AspectMode.Rules && candidates.Count > 0)
                    continue; // the rules do not depend on the heads: one row is enough
                string label = mode == AspectMode.Rules ? Name(mode) : $"{Name(mode)}: {name}";
                List<ValidationScore> scores = Score(classifier, mode, validation);
                experiments.Add(new ExperimentRow(label, mode == AspectMode.Rules ? "curated clinical vocabulary only" : options.Describe(), scores, mode == AspectMode.Rules ? 0 : seconds));
                candidates.Add(new Candidate(label, options, mode, manifest with { AspectMode = mode }, transformers));
                report($"  {label}: {string.Join("; ", scores.Select(ModelTrainer.Describe))}");
            }
        }
        Candidate best = validation.Count == 0
            ? candidates.First(c => c.Mode == AspectMode.Union)
            : candidates[experiments.IndexOf(experiments.MaxBy(e => e.SelectionScore)!)];
        report($"kept: {best.Name}");
        MlNetAspectClassifier chosen = MlNetAspectClassifier.From(LoadedModel.FromTransformers(heads.Context, best.Manifest, best.Heads));
        List<ValidationScore> final = Score(chosen, best.Mode, validation);
        return (best.Manifest, best.Heads, experiments, final, $"aspect mode {Name(best.Mode)}; one binary head per aspect: {best.Options.Describe()}");
    }

    private (ModelManifest, Dictionary<string, ITransformer>) TrainHeads(List<(LabeledText Row, float Weight)> rows, TextPipelineOptions options, string version)
    {
        Dictionary<string, ITransformer> transformers = [];
        List<HeadManifest> manifests = [];
        foreach (string aspect in DomainSlugs.All<Aspect>())
        {
            WeightedExample[] examples = rows
                .Select(r => new WeightedExample(r.Row.Label.Split(',').Contains(aspect) ? "true" : "false", r.Row.Text, r.Weight))
                .ToArray();
            int positives = examples.Count(e => e.Label == "true");
            if (positives == 0 || positives == examples.Length)
            {
                report($"  {aspect}: skipped (needs both positive and negative examples; {positives} positive)");
                continue;
            }
            ITransformer model = heads.Fit(examples, options);
            transformers[aspect] = model;
            manifests.Add(new HeadManifest(aspect, options, new TextHead(heads.Context, model, options.Preprocessing).Labels));
        }
        if (manifests.Count == 0)
            throw new ArgumentException("no aspect has both positive and negative examples in the training data");
        ModelManifest manifest = new() { Task = ModelTask.Aspects, Version = version, TrainedAt = DateTimeOffset.UtcNow, Heads = manifests, AspectMode = AspectMode.Union };
        return (manifest, transformers);
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
