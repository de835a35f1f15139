using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Training;

/// <summary>
/// Trains the evaluating head on the shared featurizer (<see cref="SharedRecipe"/>), so that at prediction time it
/// scores the same Features vector as the aspect heads. The threshold may be tuned for accuracy on 5-fold
/// out-of-fold probabilities of the training data; the variant is chosen by out-of-fold accuracy among those on the
/// shared featurizer. With --experiments, other featurizers are measured for comparison.
/// </summary>
internal sealed class EvaluatingTrainer(SharedHeadsFitter fitter, Action<string> report)
{
    private sealed record Candidate(string Name, ModelManifest Manifest, Dictionary<string, ITransformer> Heads, double Oof, bool Selectable, string Details);

    public (ModelManifest, Dictionary<string, ITransformer>, List<ExperimentRow>, List<ValidationScore>, string) Train(
        TrainingRequest request, List<(LabeledText Row, float Weight)> rows, List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version)
    {
        string[] texts = rows.Select(r => r.Row.Text).ToArray();
        float[] weights = rows.Select(r => r.Weight).ToArray();
        bool[] labels = rows.Select(r => r.Row.Label == "true").ToArray();
        if (labels.All(v => v) || !labels.Any(v => v))
            throw new ArgumentException("the evaluating head needs both true and false examples");
        TextPipelineOptions shipped = request.Options ?? SharedRecipe.Options;
        PreprocessingOptions pre = shipped.Preprocessing;
        IReadOnlyList<(string Name, TextPipelineOptions Options, bool[] Tune)> configs = request.Experiments && request.Options is null
            ?
            [
                ("word 1-2 + char 3 + lexicon, negation marking (v1 features)", shipped with { Preprocessing = pre with { AspectRules = false, MarkNegation = true } }, [false]),
                ("shared recipe: word 1-2 + char 3 + vocabulary + lexicon, no negation marking", shipped, [false, true]),
                ("recipe without char n-grams", shipped with { CharNgrams = 0 }, [false]),
                ("recipe + negation marking (scope 4)", shipped with { Preprocessing = pre with { MarkNegation = true } }, [false]),
                ("recipe - lexicon", shipped with { Preprocessing = pre with { Lexicon = false } }, [false]),
                ("recipe, no class weights", shipped with { ClassWeights = false }, [false, true]),
            ]
            : [(request.Options is null ? "shared recipe" : "requested", shipped, [true])];
        List<ExperimentRow> experiments = [];
        List<Candidate> candidates = [];
        foreach ((string name, TextPipelineOptions options, bool[] tunes) in configs)
        {
            report($"evaluating head, configuration '{name}': 5-fold out-of-fold, then all training data");
            Stopwatch clock = Stopwatch.StartNew();
            float[] oof = fitter.OutOfFold(texts, [labels], weights, options)[0];
            FeaturizedTexts all = fitter.Featurize(texts, options);
            Dictionary<string, ITransformer> transformers = new()
            {
                [SharedFeaturesManifest.Entry] = all.Featurizer,
                ["main"] = fitter.FitHead(all, Enumerable.Range(0, texts.Length).ToArray(), labels, weights, options),
            };
            double seconds = clock.Elapsed.TotalSeconds;
            foreach (bool tune in tunes)
            {
                float threshold = tune ? ThresholdTuner.BestAccuracy(oof, labels) : 0.5f;
                double oofAccuracy = ThresholdTuner.Accuracy(oof, labels, threshold);
                ModelManifest manifest = new()
                {
                    Task = ModelTask.Evaluating,
                    Version = version,
                    TrainedAt = DateTimeOffset.UtcNow,
                    SharedFeatures = new SharedFeaturesManifest(SharedFeaturizer.Id(options, texts), options),
                    Heads = [new HeadManifest("main", options, ["false", "true"], threshold)],
                };
                MlNetEvaluatingClassifier classifier = MlNetEvaluatingClassifier.From(fitter.Context, manifest, transformers);
                List<ValidationScore> scores = validation.Select(v =>
                {
                    ClassificationReport r = ModelEvaluator.Evaluating(classifier, v.Rows);
                    return new ValidationScore(v.File, r.Count, r.Accuracy, r.MacroRecall, r.MacroF1);
                }).ToList();
                string label = $"{name}; threshold {(tune ? "OOF-tuned " : "")}{threshold.ToString("0.###", CultureInfo.InvariantCulture)} (OOF accuracy {oofAccuracy:0.000})";
                string details = HeadsDescription.Describe(options);
                experiments.Add(new ExperimentRow(label, details, scores, seconds));
                candidates.Add(new Candidate(label, manifest, transformers, oofAccuracy, options == shipped, details));
                report($"  {label}: {string.Join("; ", scores.Select(ModelTrainer.Describe))} ({seconds:0.0} s)");
            }
        }
        Candidate best = candidates.Where(c => c.Selectable).MaxBy(c => c.Oof)!;
        report($"kept: {best.Name}");
        MlNetEvaluatingClassifier chosen = MlNetEvaluatingClassifier.From(fitter.Context, best.Manifest, best.Heads);
        List<ValidationScore> final = validation.Select(v =>
        {
            ClassificationReport r = ModelEvaluator.Evaluating(chosen, v.Rows);
            return new ValidationScore(v.File, r.Count, r.Accuracy, r.MacroRecall, r.MacroF1);
        }).ToList();
        string pipeline = $"{best.Name}. {best.Details}. The threshold was chosen on 5-fold out-of-fold probabilities of the training "
            + "data; the variant by out-of-fold accuracy among those on the shared featurizer (shared with the aspect heads).";
        return (best.Manifest, best.Heads, experiments, final, pipeline);
    }
}
