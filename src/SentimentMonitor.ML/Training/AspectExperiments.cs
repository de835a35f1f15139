using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Training;

/// <summary>
/// What <c>train --task aspects --experiments</c> measures: featurizer/head configurations, each with one or more
/// decision strategies. Out-of-fold probabilities depend only on the configuration, so strategies cost nothing extra.
/// </summary>
internal static class AspectExperiments
{
    public sealed record Strategy(string Name, AspectMode Mode, bool Tune);

    public sealed record Config(string Name, TextPipelineOptions Options, IReadOnlyList<Strategy> Strategies);

    public static readonly Strategy Plain = new("heads, threshold 0.5", AspectMode.Ml, false);
    public static readonly Strategy UnionAll = new("rules ∪ heads, threshold 0.5", AspectMode.Union, false);
    public static readonly Strategy Tuned = new("heads, OOF thresholds", AspectMode.Ml, true);
    public static readonly Strategy TunedOr = new("heads, OOF thresholds + OOF-chosen rule OR", AspectMode.PerHead, true);

    public static Config Recipe(TextPipelineOptions? requested = null) =>
        new(requested is null ? "shared recipe" : "requested", requested ?? SharedRecipe.Options, [TunedOr]);

    public static IReadOnlyList<Config> Grid()
    {
        TextPipelineOptions recipe = SharedRecipe.Options;
        PreprocessingOptions pre = recipe.Preprocessing;
        return
        [
            new("word 1-2 + char 3 (v1 features)", recipe with { CharNgrams = 3, Preprocessing = pre with { Lexicon = false, AspectRules = false } }, [Plain]),
            new("word 1-2", recipe with { Preprocessing = pre with { Lexicon = false, AspectRules = false } }, [Plain]),
            new("word 1-2 + vocabulary", recipe with { Preprocessing = pre with { Lexicon = false } }, [Plain, TunedOr]),
            new("shared recipe: word 1-2 + vocabulary + lexicon", recipe, [Plain, UnionAll, Tuned, TunedOr]),
            new("recipe, no class weights", recipe with { ClassWeights = false }, [Plain, TunedOr]),
            new("recipe, L2 = 1", recipe with { L2 = 1f }, [TunedOr]),
            new("recipe, L2 = 0.3", recipe with { L2 = 0.3f }, [TunedOr]),
            new("recipe, L2 = 0.03", recipe with { L2 = 0.03f }, [TunedOr]),
            new("recipe, no negation marking", recipe with { Preprocessing = pre with { MarkNegation = false } }, [TunedOr]),
            new("recipe, TF-IDF", recipe with { TfIdf = true }, [TunedOr]),
            new("recipe + word 3-grams", recipe with { WordNgrams = 3 }, [TunedOr]),
            new("recipe + char 3-grams", recipe with { CharNgrams = 3 }, [Plain, TunedOr]),
        ];
    }
}
