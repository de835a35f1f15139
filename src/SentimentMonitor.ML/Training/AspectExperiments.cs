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
    public sealed record Strategy(string Name, AspectMode Mode, bool Tune)
    {
        /// <summary>After per-head F1 tuning, refine thresholds by coordinate ascent on micro-F1.</summary>
        public bool Micro { get; init; }
    }

    /// <summary>With <paramref name="HeadL2"/>, each head takes the L2 strength with the best out-of-fold F1 among those values.</summary>
    public sealed record Config(string Name, TextPipelineOptions Options, IReadOnlyList<Strategy> Strategies, IReadOnlyList<float>? HeadL2 = null);

    /// <summary>L2 strengths each aspect head chooses from (on out-of-fold F1) in the per-aspect-L2 experiment.</summary>
    public static readonly float[] HeadL2Choices = [0.01f, 0.03f, 0.1f, 0.3f];

    /// <summary>L2 strengths of the v3 heads (hashed sentiment features), chosen on out-of-fold micro-F1.</summary>
    public static readonly float[] HashedL2Choices = [0.01f, 0.03f];

    /// <summary>The wider L2 grid of the v3 heads with --experiments.</summary>
    public static readonly float[] HashedL2Grid = [0.003f, 0.01f, 0.03f, 0.1f, 0.3f];

    public static readonly Strategy Plain = new("heads, threshold 0.5", AspectMode.Ml, false);
    public static readonly Strategy UnionAll = new("rules ∪ heads, threshold 0.5", AspectMode.Union, false);
    public static readonly Strategy Tuned = new("heads, OOF thresholds", AspectMode.Ml, true);
    public static readonly Strategy TunedOr = new("heads, OOF thresholds + OOF-chosen rule OR", AspectMode.PerHead, true);
    public static readonly Strategy MicroTunedOr = new("heads, OOF thresholds + rule OR refined for micro-F1", AspectMode.PerHead, true) { Micro = true };

    public static Config Recipe(TextPipelineOptions? requested = null) =>
        new(requested is null ? "shared recipe" : "requested", requested ?? SharedRecipe.Options, [TunedOr]);

    public static IReadOnlyList<Config> Grid()
    {
        TextPipelineOptions recipe = SharedRecipe.Options;
        PreprocessingOptions pre = recipe.Preprocessing;
        return
        [
            new("word 1-2 + char 3, negation marking (v1 features)", recipe with { Preprocessing = pre with { Lexicon = false, AspectRules = false, MarkNegation = true } }, [Plain]),
            new("word 1-2", recipe with { CharNgrams = 0, Preprocessing = pre with { Lexicon = false, AspectRules = false } }, [Plain]),
            new("word 1-2 + vocabulary + lexicon (no char n-grams)", recipe with { CharNgrams = 0 }, [Plain, TunedOr]),
            new("shared recipe: word 1-2 + char 3 + vocabulary + lexicon, no negation marking, L2 0.01", recipe, [Plain, UnionAll, Tuned, TunedOr, MicroTunedOr]),
            new("shared recipe, per-aspect L2 from {0.01, 0.03, 0.1, 0.3}", recipe, [Plain, TunedOr, MicroTunedOr], HeadL2Choices),
            new("recipe, no class weights", recipe with { ClassWeights = false }, [Plain, TunedOr]),
            new("recipe, L2 = 0.3", recipe with { L2 = 0.3f }, [TunedOr]),
            new("recipe, L2 = 0.1", recipe with { L2 = 0.1f }, [Plain, TunedOr]),
            new("recipe, L2 = 0.03", recipe with { L2 = 0.03f }, [TunedOr]),
            new("recipe, L2 = 0.003", recipe with { L2 = 0.003f }, [TunedOr]),
            new("recipe, char 4-grams", recipe with { CharNgrams = 4 }, [Plain, TunedOr]),
            new("recipe, no lexicon", recipe with { Preprocessing = pre with { Lexicon = false } }, [Plain, TunedOr]),
            new("recipe + negation marking (scope 4)", recipe with { Preprocessing = pre with { MarkNegation = true } }, [TunedOr]),
        ];
    }
}
