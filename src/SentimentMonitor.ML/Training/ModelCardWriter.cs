using System.Globalization;
using System.Text;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.ML.Training;

/// <summary>Writes the model card (markdown) next to a model zip: data with sha256 and label counts, pipeline, metrics, experiments.</summary>
public static class ModelCardWriter
{
    public static void Write(string path, TrainingResult result, TrainingRequest request)
    {
        StringBuilder md = new();
        string task = request.Task.ToString().ToLowerInvariant();
        md.AppendLine($"# Model card: {result.Manifest.Version}");
        md.AppendLine();
        md.AppendLine($"- task: `{task}`; labels: {string.Join(", ", result.Manifest.Heads[0].Labels)}{(request.Task == ModelTask.Aspects ? $" per aspect head ({result.Manifest.Heads.Count} heads: {string.Join(", ", result.Manifest.Heads.Select(h => h.Name))})" : "")}");
        md.AppendLine($"- model version (reported on every prediction): `{result.Manifest.Version}`");
        md.AppendLine($"- trained: {result.Manifest.TrainedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC in {result.Duration.TotalSeconds:0.0} s (including experiments); seed {request.Seed}");
        if (File.Exists(result.ModelPath))
            md.AppendLine($"- file: `{Path.GetFileName(result.ModelPath)}`, {new FileInfo(result.ModelPath).Length / 1024.0 / 1024.0:0.00} MB");
        md.AppendLine($"- command: `sentimentmonitor train --task {task} {string.Join(' ', request.Data.Select(d => $"--data {d.Path}{(d.Weight == 1 ? "" : $"@{d.Weight.ToString(CultureInfo.InvariantCulture)}")}"))}{string.Concat(request.Domain.Select(d => $" --domain {d.Path}"))}{string.Concat(request.DomainExtra.Select(d => $" --domain-extra {d.Path}"))} {string.Join(' ', request.Validation.Select(v => $"--valid {v}"))} --out {request.OutPath}{(request.FeaturesFrom is null ? "" : $" --features-from {request.FeaturesFrom}")}{(request.Experiments ? " --experiments" : "")}`");
        md.AppendLine();
        md.AppendLine("## Training data");
        md.AppendLine();
        md.AppendLine("| file | sha256 | weight | rows | per label |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (DataFileSummary d in result.Data)
            md.AppendLine($"| `{d.Path}` | `{d.Sha256}` | {d.Weight.ToString(CultureInfo.InvariantCulture)} | {d.Rows} | {string.Join(", ", d.PerLabel.Select(kv => $"{kv.Key} {kv.Value}"))} |");
        md.AppendLine();
        md.AppendLine("## Pipeline");
        md.AppendLine();
        md.AppendLine(result.PipelineDescription);
        md.AppendLine();
        md.AppendLine(request.Domain.Count > 0 ? HashedPipelineText : result.Manifest.HashedHeads is not null ? HashedHeadsNote : result.Manifest.SharedFeatures is not null ? SharedFeaturesNote : "Preprocessing (in C#, before ML.NET): social-text normalisation (URL → `url`, @mention → `@user`, hashtags split into words, emoji and emoticons kept as tokens, punctuation split off words, elongations squeezed, lower case), runs of ≥ 3 words of the cited publication's title removed, negation scope marked with `_neg`; 7 VADER lexicon features (embedded MIT lexicon). Then ML.NET FeaturizeText (word and char n-grams, L2-normalised) + lexicon features → linear maximum-entropy classifier with example weights (file weight × class weight N/(K·n_c)).");
        md.AppendLine();
        md.AppendLine("## Validation");
        md.AppendLine();
        AppendScores(md, result.Validation);
        if (result.Experiments.Count > 0)
        {
            md.AppendLine();
            md.AppendLine(request.Experiments
                ? "## Experiments (each variant trained on the same data, scored on the validation files; the best selection score is shipped)"
                : "## Experiments (the recipe and simpler combinations of its heads, scored on the validation files; the recipe is shipped)");
            md.AppendLine();
            md.AppendLine($"| variant | {string.Join(" | ", request.Validation.Select(v => Path.GetFileName(v)))} | train s |");
            md.AppendLine($"|---|{string.Concat(request.Validation.Select(_ => "---|"))}---|");
            foreach (ExperimentRow row in result.Experiments)
                md.AppendLine($"| {row.Name} | {string.Join(" | ", row.Scores.Select(Short))} | {row.TrainSeconds:0} |");
            md.AppendLine();
            md.AppendLine("Variant details:");
            md.AppendLine();
            foreach (ExperimentRow row in result.Experiments)
                md.AppendLine($"- {row.Name}: {row.Description}");
        }
        md.AppendLine();
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine(Targets(request.Task));
        File.WriteAllText(path, md.ToString());
    }

    // Heads on one shared featurizer (evaluating and aspects since v2).
    private const string SharedFeaturesNote =
        "Preprocessing (in C#, before ML.NET): social-text normalisation (URL → `url`, @mention → `@user`, hashtags split into words, "
        + "emoji and emoticons kept as tokens, punctuation split off words, elongations squeezed, lower case), runs of ≥ 3 words of the cited "
        + "publication's title removed, negation marking as the options say; 7 VADER lexicon features (embedded MIT lexicon) and 7 clinical-vocabulary "
        + "hits (one per aspect). Then one ML.NET featurizer (FeaturizeText word and char n-grams, each part L2-normalised, + the dense features) "
        + "shared by every head, and one binary L-BFGS logistic regression per head with example weights (file weight × class weight N/(2·n_c)). "
        + "At prediction the featurizer's n-gram dictionaries are replayed in C# (tests check equality with ML.NET), so the evaluating and aspect "
        + "heads of zips with the same featurizer id cost one featurisation per post. Decision thresholds come from 5-fold out-of-fold "
        + "probabilities of the training data.";

    // Heads on a hashed sentiment model's features (evaluating and aspects since v3).
    private const string HashedHeadsNote =
        "Features: exactly those of the hashed sentiment model named in the pipeline (its preprocessing in C# — social-text normalisation, "
        + "title stripping, negation marking — its word and char n-grams hashed into 2^bits buckets, TF, L2-normalised, and its 7 VADER lexicon "
        + "features), with the 7 clinical-vocabulary hits (one per aspect) appended. The zip's manifest (`hashed_heads`) records those settings and "
        + "the sentiment model's version and sha256. One binary L-BFGS logistic regression per head with example weights (file weight × class weight "
        + "N/(2·n_c)); weights and Platt calibration are read back and scored in C#. At prediction, when the sentiment model in use has the same "
        + "settings, each post is prepared and featurised once for sentiment and every head (one pass over a widened weight table); otherwise the "
        + "heads featurise on their own (same results, slower). L2, thresholds and rule ORs come from 5-fold out-of-fold probabilities of the "
        + "training data; validation files are only scored. Retrain against another sentiment model with `--features-from models/sentiment-vN.zip`.";

    private const string HashedPipelineText =
        "Preprocessing (in C#): the same social-text normalisation, title stripping, negation marking and 7 VADER lexicon features as the ML.NET pipeline. "
        + "Features (in C#, no dictionary): word and char n-grams hashed into 2^bits buckets, TF, L2-normalised, + lexicon features. "
        + "Heads (ML.NET L-BFGS maximum entropy, L1 = 0, class-balanced example weights; their weights are read back and scored in C# at prediction): "
        + "**general** on the `--data` files minus a held-out slice; **domain** on the `--domain` files (L2 chosen by K-fold cross-validation on them); "
        + "**gate** (is this a post about a study? domain rows vs a sample of general rows); **stack**: maximum entropy over both heads' log-probabilities, "
        + "the gate's P(study) and their products, trained on the general slice and out-of-fold domain predictions. "
        + "Per-class decision offsets are tuned on those same training-side rows (mean of general macro-recall and domain macro-F1); validation files are only scored.";

    private static void AppendScores(StringBuilder md, IReadOnlyList<ValidationScore> scores)
    {
        if (scores.Count == 0)
        {
            md.AppendLine("No validation file was given.");
            return;
        }
        bool aspects = !double.IsNaN(scores[0].MicroF1);
        md.AppendLine(aspects ? "| file | rows | micro-F1 | macro-F1 |" : "| file | rows | accuracy | macro-recall | macro-F1 |");
        md.AppendLine(aspects ? "|---|---|---|---|" : "|---|---|---|---|---|");
        foreach (ValidationScore s in scores)
        {
            md.AppendLine(aspects
                ? $"| `{s.File}` | {s.Rows} | {s.MicroF1:0.000} | {s.MacroF1:0.000} |"
                : $"| `{s.File}` | {s.Rows} | {s.Accuracy:0.000} | {s.MacroRecall:0.000} | {s.MacroF1:0.000} |");
        }
    }

    private static string Short(ValidationScore s) => double.IsNaN(s.MicroF1)
        ? $"MR {s.MacroRecall:0.000} / F1 {s.MacroF1:0.000} / acc {s.Accuracy:0.000}"
        : $"micro-F1 {s.MicroF1:0.000} / macro-F1 {s.MacroF1:0.000}";

    private static string Targets(ModelTask task) => task switch
    {
        ModelTask.Sentiment => "TweetEval validation macro-recall ≥ 0.76 (baseline pipeline 0.70); domain holdout macro-F1 ≥ 0.80. Compare with the numbers above.",
        ModelTask.Evaluating => "Domain holdout accuracy ≥ 0.85.",
        _ => "Domain holdout micro-F1 ≥ 0.75.",
    };
}
