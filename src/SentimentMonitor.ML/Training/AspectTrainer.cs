using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Models;

namespace SentimentMonitor.ML.Training;

/// <summary>
/// Trains the aspect heads on one shared featurizer: for each configuration (with --experiments, the grid of
/// <see cref="AspectExperiments"/>), 5-fold out-of-fold probabilities on the training data choose each head's
/// threshold and whether its vocabulary rule is OR-ed in; then every strategy is scored on the validation files.
/// The shipped variant is the best by out-of-fold micro-F1 among those on the shared recipe's featurizer (so the
/// evaluating head can share it); the holdout only reports.
/// </summary>
internal sealed class AspectTrainer(SharedHeadsFitter fitter, Action<string> report)
{
    private sealed record Candidate(string Name, ModelManifest Manifest, Dictionary<string, ITransformer> Heads, double Oof, bool Selectable, string Details);

    public (ModelManifest, Dictionary<string, ITransformer>, List<ExperimentRow>, List<ValidationScore>, string) Train(
        TrainingRequest request, List<(LabeledText Row, float Weight)> rows, List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version)
    {
        string[] texts = rows.Select(r => r.Row.Text).ToArray();
        float[] weights = rows.Select(r => r.Weight).ToArray();
        bool[][] hits = SharedHeadsFitter.RuleHits(texts);
        List<string> aspects = [];
        List<bool[]> labels = [];
        foreach (string aspect in DomainSlugs.All<Aspect>())
        {
            bool[] y = rows.Select(r => r.Row.Label.Split(',').Contains(aspect)).ToArray();
            if (y.All(v => v) || !y.Any(v => v))
            {
                report($"  {aspect}: skipped (needs both positive and negative examples)");
                continue;
            }
            aspects.Add(aspect);
            labels.Add(y);
        }
        if (aspects.Count == 0)
            throw new ArgumentException("no aspect has both positive and negative examples in the training data");
        bool[][] rules = aspects.Select(a => hits.Select(h => h[(int)DomainSlugs.Parse<Aspect>(a)]).ToArray()).ToArray();

        if (request.FeaturesFrom is not null)
            return TrainHashed(request, texts, weights, aspects, labels, rules, validation, version);

        IReadOnlyList<AspectExperiments.Config> configs = request.Options is not null ? [AspectExperiments.Recipe(request.Options)]
            : request.Experiments ? AspectExperiments.Grid() : [AspectExperiments.Recipe()];
        TextPipelineOptions shipped = request.Options ?? SharedRecipe.Options;
        List<ExperimentRow> experiments = [];
        List<Candidate> candidates = [];
        experiments.Add(RulesRow(rules, labels, validation));
        foreach (AspectExperiments.Config config in configs)
        {
            report($"aspect heads, configuration '{config.Name}': 5-fold out-of-fold, then all training data");
            Stopwatch clock = Stopwatch.StartNew();
            IReadOnlyList<float> l2s = config.HeadL2 ?? [config.Options.L2];
            float[][][] oofByL2 = fitter.OutOfFold(texts, labels, weights, config.Options, l2s);
            // Each head's L2: the one whose out-of-fold probabilities give the best tuned F1 (one value without HeadL2).
            int[] pick = labels.Select((y, h) => Enumerable.Range(0, l2s.Count).MaxBy(l =>
                ThresholdTuner.F1(Best(oofByL2[l][h], y, rules[h])))).ToArray();
            float[][] oof = labels.Select((_, h) => oofByL2[pick[h]][h]).ToArray();
            TextPipelineOptions[] headOptions = pick.Select(l => config.Options with { L2 = l2s[l] }).ToArray();
            FeaturizedTexts all = fitter.Featurize(texts, config.Options);
            Dictionary<string, ITransformer> transformers = new() { [SharedFeaturesManifest.Entry] = all.Featurizer };
            int[] everyRow = Enumerable.Range(0, texts.Length).ToArray();
            for (int h = 0; h < aspects.Count; h++)
                transformers[aspects[h]] = fitter.FitHead(all, everyRow, labels[h], weights, headOptions[h]);
            double seconds = clock.Elapsed.TotalSeconds;
            SharedFeaturesManifest features = new(SharedFeaturizer.Id(config.Options, texts), config.Options);
            foreach (AspectExperiments.Strategy strategy in config.Strategies)
            {
                (float Threshold, bool OrRule)[] decisions = labels.Select((y, h) =>
                    ThresholdTuner.BestF1(oof[h], y, rules[h], strategy.Tune, strategy.Mode == AspectMode.PerHead)).ToArray();
                if (strategy.Micro)
                    decisions = ThresholdTuner.RefineForMicroF1(oof, labels, rules, decisions, strategy.Mode == AspectMode.PerHead);
                double oofMicro = OofMicroF1(oof, labels, rules, decisions, strategy.Mode);
                ModelManifest manifest = new()
                {
                    Task = ModelTask.Aspects,
                    Version = version,
                    TrainedAt = DateTimeOffset.UtcNow,
                    AspectMode = strategy.Mode,
                    SharedFeatures = features,
                    Heads = aspects.Select((a, h) => new HeadManifest(a, headOptions[h], ["false", "true"], decisions[h].Threshold, decisions[h].OrRule)).ToList(),
                };
                MlNetAspectClassifier classifier = MlNetAspectClassifier.From(fitter.Context, manifest, transformers);
                List<ValidationScore> scores = Score(classifier, validation);
                string name = $"{config.Name}; {strategy.Name} (OOF micro-F1 {oofMicro:0.000})";
                string details = $"{HeadsDescription.Describe(config.Options)}; decisions: {Decisions(manifest)}";
                experiments.Add(new ExperimentRow(name, details, scores, seconds));
                // Per-head L2 picks the best of several out-of-fold scores, which flatters them: measured, never shipped.
                candidates.Add(new Candidate(name, manifest, transformers, oofMicro, config.Options == shipped && config.HeadL2 is null, details));
                report($"  {name}: {string.Join("; ", scores.Select(ModelTrainer.Describe))} ({seconds:0.0} s)");
            }
        }
        Candidate best = candidates.Where(c => c.Selectable).MaxBy(c => c.Oof)!;
        report($"kept: {best.Name}");
        List<ValidationScore> final = Score(MlNetAspectClassifier.From(fitter.Context, best.Manifest, best.Heads), validation);
        string pipeline = $"{best.Name}. {best.Details}. Thresholds and rule ORs were chosen on 5-fold out-of-fold "
            + "probabilities of the training data; the variant was chosen by out-of-fold micro-F1 among those on the shared featurizer.";
        return (best.Manifest, best.Heads, experiments, final, pipeline);
    }

    /// <summary>
    /// v3: heads on a hashed sentiment model's features (<see cref="HashedHeadsTrainer"/>). Every L2 of the grid and both
    /// threshold strategies are scored out of fold; the best out-of-fold micro-F1 is shipped.
    /// </summary>
    private (ModelManifest, Dictionary<string, ITransformer>, List<ExperimentRow>, List<ValidationScore>, string) TrainHashed(
        TrainingRequest request, string[] texts, float[] weights, List<string> aspects, List<bool[]> labels, bool[][] rules,
        List<(string File, IReadOnlyList<LabeledText> Rows)> validation, string version)
    {
        HashedHeadsTrainer trainer = new(fitter, request.FeaturesFrom!, texts, report);
        IReadOnlyList<float> l2s = request.Options is { } o ? [o.L2] : request.Experiments ? AspectExperiments.HashedL2Grid : AspectExperiments.HashedL2Choices;
        AspectExperiments.Strategy[] strategies = [AspectExperiments.TunedOr, AspectExperiments.MicroTunedOr];
        Stopwatch clock = Stopwatch.StartNew();
        report($"aspect heads on {trainer.Settings.SentimentModel}'s features: 5-fold out-of-fold, L2 from {{{string.Join(", ", l2s)}}}");
        float[][][] oof = trainer.OutOfFold(labels, weights, l2s);
        List<(int L2, AspectExperiments.Strategy Strategy, (float Threshold, bool OrRule)[] Decisions, double Oof)> variants = [];
        for (int l = 0; l < l2s.Count; l++)
        {
            foreach (AspectExperiments.Strategy strategy in strategies)
            {
                (float Threshold, bool OrRule)[] decisions = labels.Select((y, h) => ThresholdTuner.BestF1(oof[l][h], y, rules[h], true, true)).ToArray();
                if (strategy.Micro)
                    decisions = ThresholdTuner.RefineForMicroF1(oof[l], labels, rules, decisions, true);
                variants.Add((l, strategy, decisions, OofMicroF1(oof[l], labels, rules, decisions, AspectMode.PerHead)));
            }
        }
        var best = variants.MaxBy(v => v.Oof);
        double oofSeconds = clock.Elapsed.TotalSeconds;
        List<ExperimentRow> experiments = [RulesRow(rules, labels, validation)];
        Dictionary<int, Dictionary<string, ITransformer>> fitted = [];
        Dictionary<string, ITransformer> Heads(int l)
        {
            if (!fitted.TryGetValue(l, out Dictionary<string, ITransformer>? heads))
            {
                report($"fitting the {aspects.Count} aspect heads on all training rows (L2 {l2s[l]})");
                fitted[l] = heads = aspects.Select((a, h) => (a, trainer.Fit(labels[h], weights, l2s[l]))).ToDictionary(p => p.a, p => p.Item2);
            }
            return heads;
        }
        ModelManifest Manifest(int l, (float Threshold, bool OrRule)[] decisions) => new()
        {
            Task = ModelTask.Aspects,
            Version = version,
            TrainedAt = DateTimeOffset.UtcNow,
            AspectMode = AspectMode.PerHead,
            HashedHeads = trainer.Settings,
            Heads = aspects.Select((a, h) => new HeadManifest(a, trainer.Options(l2s[l]), ["false", "true"], decisions[h].Threshold, decisions[h].OrRule)).ToList(),
        };
        string Name((int L2, AspectExperiments.Strategy Strategy, (float, bool)[] Decisions, double Oof) v) =>
            $"{trainer.Settings.SentimentModel} features + vocabulary, L2 {l2s[v.L2].ToString("0.###", CultureInfo.InvariantCulture)}; {v.Strategy.Name} (OOF micro-F1 {v.Oof:0.000})";
        foreach (var v in variants.Where(v => request.Experiments || v == best))
        {
            ModelManifest manifest = Manifest(v.L2, v.Decisions);
            List<ValidationScore> scores = Score(MlNetAspectClassifier.From(fitter.Context, manifest, Heads(v.L2)), validation);
            experiments.Add(new ExperimentRow(Name(v), $"{trainer.Settings.Describe()}; decisions: {Decisions(manifest)}", scores, oofSeconds / variants.Count));
            report($"  {Name(v)}: {string.Join("; ", scores.Select(ModelTrainer.Describe))}");
        }
        ModelManifest shipped = Manifest(best.L2, best.Decisions);
        Dictionary<string, ITransformer> transformers = Heads(best.L2);
        report($"kept: {Name(best)}");
        List<ValidationScore> final = Score(MlNetAspectClassifier.From(fitter.Context, shipped, transformers), validation);
        string pipeline = $"{Name(best)}. Heads read {trainer.Settings.Describe()}; binary L-BFGS logistic regression per aspect, class weights on; "
            + $"decisions: {Decisions(shipped)}. L2, thresholds and rule ORs were chosen on 5-fold out-of-fold probabilities of the training data "
            + $"(best out-of-fold micro-F1 over L2 in {{{string.Join(", ", l2s.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture)))}}} and both threshold strategies).";
        return (shipped, transformers, experiments, final, pipeline);
    }

    private static (int, int, int) Best(float[] probabilities, bool[] truth, bool[] rule)
    {
        (float threshold, bool or) = ThresholdTuner.BestF1(probabilities, truth, rule, tune: true, allowOr: true);
        return ThresholdTuner.Count(probabilities, truth, rule, threshold, or);
    }

    private static string Decisions(ModelManifest manifest) => string.Join(", ", manifest.Heads.Select(h =>
        $"{h.Name} ≥ {h.Threshold.ToString("0.###", CultureInfo.InvariantCulture)}{(h.OrRule && manifest.AspectMode == AspectMode.PerHead || manifest.AspectMode == AspectMode.Union ? " or rule" : "")}"
        + $" (L2 {h.Options.L2.ToString("0.###", CultureInfo.InvariantCulture)})"));

    private static double OofMicroF1(float[][] oof, List<bool[]> labels, bool[][] rules, (float Threshold, bool OrRule)[] decisions, AspectMode mode)
    {
        int tp = 0, fp = 0, fn = 0;
        for (int h = 0; h < labels.Count; h++)
        {
            bool or = mode == AspectMode.Union || (mode == AspectMode.PerHead && decisions[h].OrRule);
            (int a, int b, int c) = ThresholdTuner.Count(oof[h], labels[h], rules[h], decisions[h].Threshold, or);
            (tp, fp, fn) = (tp + a, fp + b, fn + c);
        }
        return ThresholdTuner.F1((tp, fp, fn));
    }

    private static ExperimentRow RulesRow(bool[][] rules, List<bool[]> labels, List<(string File, IReadOnlyList<LabeledText> Rows)> validation)
    {
        float[][] never = labels.Select(y => new float[y.Length]).ToArray();
        (float, bool)[] ruleOnly = labels.Select(_ => (2f, true)).ToArray();
        double oof = OofMicroF1(never, labels, rules, ruleOnly, AspectMode.PerHead);
        List<ValidationScore> scores = validation.Select(v =>
        {
            AspectReport r = ModelEvaluator.Aspects(new Aspects.RuleAspectClassifier(), v.Rows);
            return new ValidationScore(v.File, r.Count, double.NaN, double.NaN, r.MacroF1, r.MicroF1);
        }).ToList();
        return new ExperimentRow($"rules (clinical vocabulary) only (train micro-F1 {oof:0.000})", "curated clinical vocabulary only", scores, 0);
    }

    private static List<ValidationScore> Score(MlNetAspectClassifier classifier, List<(string File, IReadOnlyList<LabeledText> Rows)> validation) =>
        validation.Select(v =>
        {
            AspectReport r = ModelEvaluator.Aspects(classifier, v.Rows);
            return new ValidationScore(v.File, r.Count, double.NaN, double.NaN, r.MacroF1, r.MicroF1);
        }).ToList();
}
