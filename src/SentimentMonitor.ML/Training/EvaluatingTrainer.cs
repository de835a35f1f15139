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
        if (request.FeaturesFrom is not null)
            return TrainHashed(request, texts, weights, labels, validation, version);
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

    /// <summary>
    /// v3: the head on a hashed sentiment model's features (<see cref="HashedHeadsTrainer"/>); L2 and threshold by
    /// out-of-fold accuracy on the training data.
    /// </summary>
    private (ModelManifest, Dictionary<string, ITransformer>, List<ExperimentRow>, List<ValidationScore>, string) TrainHashed(
        TrainingRequest request, string[] texts, float[] weights, bool[] labels, List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version)
    {
        HashedHeadsTrainer trainer = new(fitter, request.FeaturesFrom!, texts, report);
        IReadOnlyList<float> l2s = request.Options is { } o ? [o.L2] : request.Experiments ? AspectExperiments.HashedL2Grid : AspectExperiments.HashedL2Choices;
        Stopwatch clock = Stopwatch.StartNew();
        report($"evaluating head on {trainer.Settings.SentimentModel}'s features: 5-fold out-of-fold, L2 from {{{string.Join(", ", l2s)}}}");
        float[][][] oof = trainer.OutOfFold([labels], weights, l2s);
        List<(int L2, float Threshold, double Oof)> variants = [];
        for (int l = 0; l < l2s.Count; l++)
        {
            float tuned = ThresholdTuner.BestAccuracy(oof[l][0], labels);
            variants.Add((l, 0.5f, ThresholdTuner.Accuracy(oof[l][0], labels, 0.5f)));
            variants.Add((l, tuned, ThresholdTuner.Accuracy(oof[l][0], labels, tuned)));
        }
        var best = variants.MaxBy(v => v.Oof);
        double seconds = clock.Elapsed.TotalSeconds;
        Dictionary<int, ITransformer> fitted = [];
        ModelManifest Manifest((int L2, float Threshold, double Oof) v) => new()
        {
            Task = ModelTask.Evaluating,
            Version = version,
            TrainedAt = DateTimeOffset.UtcNow,
            HashedHeads = trainer.Settings,
            Heads = [new HeadManifest("main", trainer.Options(l2s[v.L2]), ["false", "true"], v.Threshold)],
        };
        Dictionary<string, ITransformer> Heads(int l)
        {
            if (!fitted.TryGetValue(l, out ITransformer? head))
                fitted[l] = head = trainer.Fit(labels, weights, l2s[l]);
            return new() { ["main"] = head };
        }
        List<ValidationScore> Scores((int L2, float Threshold, double Oof) v)
        {
            MlNetEvaluatingClassifier classifier = MlNetEvaluatingClassifier.From(fitter.Context, Manifest(v), Heads(v.L2));
            return validation.Select(f =>
            {
                ClassificationReport r = ModelEvaluator.Evaluating(classifier, f.Rows);
                return new ValidationScore(f.File, r.Count, r.Accuracy, r.MacroRecall, r.MacroF1);
            }).ToList();
        }
        string Name((int L2, float Threshold, double Oof) v) =>
            $"{trainer.Settings.SentimentModel} features + vocabulary, L2 {l2s[v.L2].ToString("0.###", CultureInfo.InvariantCulture)}; "
            + $"threshold {v.Threshold.ToString("0.###", CultureInfo.InvariantCulture)} (OOF accuracy {v.Oof:0.000})";
        List<ExperimentRow> experiments = [];
        foreach (var v in variants.Where(v => request.Experiments || v == best))
        {
            List<ValidationScore> scores = Scores(v);
            experiments.Add(new ExperimentRow(Name(v), trainer.Settings.Describe(), scores, seconds / variants.Count));
            report($"  {Name(v)}: {string.Join("; ", scores.Select(ModelTrainer.Describe))}");
        }
        report($"kept: {Name(best)}");
        string pipeline = $"{Name(best)}. The head reads {trainer.Settings.Describe()}; binary L-BFGS logistic regression, class weights on. "
            + $"L2 and threshold were chosen on 5-fold out-of-fold probabilities of the training data (best out-of-fold accuracy over L2 in "
            + $"{{{string.Join(", ", l2s.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture)))}}}, threshold 0.5 or tuned).";
        return (Manifest(best), Heads(best.L2), experiments, Scores(best), pipeline);
    }
}
