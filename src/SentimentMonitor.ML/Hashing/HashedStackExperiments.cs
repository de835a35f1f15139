using System.Diagnostics;
using Microsoft.ML;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Text;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Runs <c>train --domain</c> for sentiment: fits the recipe (or, with experiments, every variant of
/// <see cref="HashedStackGrid"/>), scores each on the validation files, keeps the best and returns what the zip needs.
/// </summary>
internal static class HashedStackExperiments
{
    public static HashedStackOutcome Run(MLContext ml, TrainingRequest request, IReadOnlyList<LabeledText> general, IReadOnlyList<LabeledText> domain,
        IReadOnlyList<IReadOnlyList<LabeledText>> extras, List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version, Action<string> report)
    {
        PreprocessingOptions preprocessing = new();
        HashedStackTrainer trainer = new(new HashedHeadFitter(ml, preprocessing), request.Seed, report, extras);
        IReadOnlyList<(string Name, HashedStackOptions Options)> variants = request.Experiments && validation.Count > 0
            ? HashedStackGrid.Variants()
            : [("recipe", request.Hashed ?? HashedStackGrid.Recipe)];
        List<ExperimentRow> experiments = [];
        List<(HashedStack Stack, SentimentCombination Combination, bool Offsets, double Score)> candidates = [];
        for (int v = 0; v < variants.Count; v++)
        {
            report($"variant {v + 1}/{variants.Count}: {variants[v].Name}");
            Stopwatch clock = Stopwatch.StartNew();
            HashedStack stack = trainer.Fit(variants[v].Options, general, domain);
            double seconds = clock.Elapsed.TotalSeconds;
            SentimentCombination shipped = variants[v].Options.Combination;
            List<(string, SentimentCombination, bool)> combos = [($"{variants[v].Name}: {shipped.ToString().ToLowerInvariant()}", shipped, shipped == SentimentCombination.Stack)];
            // The simpler combinations of the first fit cost no training, so they are always reported; they compete
            // for shipping only when experiments were asked for.
            if (validation.Count > 0)
                combos.AddRange(HashedStackGrid.Ablations.Where(a => a.Combination != shipped || a.Offsets != (shipped == SentimentCombination.Stack)));
            foreach ((string name, SentimentCombination combination, bool offsets) in combos)
            {
                List<ValidationScore> scores = Score(Manifest(request.Task, version, stack, combination, offsets), stack.Model(combination, offsets), validation, report);
                string description = $"{combination.ToString().ToLowerInvariant()}{(offsets ? " + offsets" : "")}; {variants[v].Options.Describe()}; "
                    + $"chosen domain L2 {stack.DomainL2} (out-of-fold macro-F1 {stack.DomainOutOfFoldF1:0.000})";
                ExperimentRow row = new(name, description, scores, seconds);
                experiments.Add(row);
                if (request.Experiments || candidates.Count == 0)
                    candidates.Add((stack, combination, offsets, row.SelectionScore));
                report($"  {name}: {string.Join("; ", scores.Select(ModelTrainer.Describe))}");
            }
        }
        var best = candidates.MaxBy(c => c.Score);
        ModelManifest manifest = Manifest(request.Task, version, best.Stack, best.Combination, best.Offsets);
        List<ValidationScore> final = Score(manifest, best.Stack.Model(best.Combination, best.Offsets), validation);
        Dictionary<string, ITransformer> transformers = [];
        Dictionary<string, DataViewSchema> schemas = [];
        for (int h = 0; h < HashedStack.HeadNames.Count; h++)
        {
            transformers[HashedStack.HeadNames[h]] = best.Stack.Heads[h].Model;
            schemas[HashedStack.HeadNames[h]] = best.Stack.Heads[h].Schema;
        }
        string pipeline = $"{manifest.Hashed!.Describe()}; {best.Stack.Options.Describe()}; chosen domain L2 {best.Stack.DomainL2}; preprocessing: {preprocessing.Describe()}";
        Dictionary<string, float[]> scales = [];
        for (int h = 0; h < HashedStack.HeadNames.Count; h++)
        {
            if (best.Stack.Heads[h].FeatureScales is float[] s)
                scales[HashedStack.HeadNames[h]] = s;
        }
        return new HashedStackOutcome(manifest, transformers, schemas, scales, experiments, final, pipeline);
    }

    private static ModelManifest Manifest(ModelTask task, string version, HashedStack stack, SentimentCombination combination, bool offsets)
    {
        HashedStackOptions o = stack.Options;
        TextPipelineOptions Head(float l2) => new() { Preprocessing = stack.Preprocessing, L2 = l2, CharNgrams = o.Featurizer.MaxCharNgram, WordNgrams = o.Featurizer.WordNgrams };
        return new ModelManifest
        {
            Task = task,
            Version = version,
            TrainedAt = DateTimeOffset.UtcNow,
            Heads =
            [
                new HeadManifest("general", Head(o.GeneralL2), stack.General.Labels),
                new HeadManifest("domain", Head(stack.DomainL2), stack.Domain.Labels),
                new HeadManifest("gate", Head(1f), stack.Gate.Labels),
                new HeadManifest("stack", Head(o.StackerL2), stack.Stacker.Labels),
            ],
            Hashed = stack.Settings with { Combination = combination, Offsets = offsets ? stack.Settings.Offsets : [0f, 0f, 0f] },
        };
    }

    /// <param name="report">When given, the misses on small check files (≤ 60 rows, e.g. the shipped-test posts) are listed.</param>
    private static List<ValidationScore> Score(ModelManifest manifest, HashedSentimentModel model, List<(string File, IReadOnlyList<LabeledText> Rows)> validation,
        Action<string>? report = null)
    {
        MlNetSentimentClassifier classifier = MlNetSentimentClassifier.From(manifest, model);
        return validation.Select(v =>
        {
            ClassificationReport r = ModelEvaluator.Sentiment(classifier, v.Rows);
            if (report is not null && v.Rows.Count <= 60)
            {
                foreach (LabeledText row in v.Rows)
                {
                    string predicted = Core.Domain.DomainSlugs.Slug(classifier.Classify(new Core.Ports.ClassificationInput(row.Text)).Label);
                    if (predicted != row.Label)
                        report($"    miss ({row.Label} → {predicted}): {row.Text[..Math.Min(70, row.Text.Length)]}");
                }
            }
            return new ValidationScore(v.File, r.Count, r.Accuracy, r.MacroRecall, r.MacroF1);
        }).ToList();
    }
}

/// <summary>What the hashed stack training hands back to <see cref="ModelTrainer"/> for saving and the card.</summary>
internal sealed record HashedStackOutcome(
    ModelManifest Manifest,
    Dictionary<string, ITransformer> Transformers,
    Dictionary<string, DataViewSchema> Schemas,
    Dictionary<string, float[]> FeatureScales,
    List<ExperimentRow> Experiments,
    List<ValidationScore> Scores,
    string Pipeline);
