using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Training;

/// <summary>
/// The shipped recipe per task and the small ablation grid that <c>train --experiments</c> measures on the
/// validation files (CPU is scarce, so each idea is one row rather than a full grid).
/// </summary>
public static class ExperimentGrid
{
    /// <summary>The pipeline <c>train</c> uses when no experiments are run.</summary>
    public static TextPipelineOptions Recipe(ModelTask task) => task switch
    {
        ModelTask.Sentiment => new TextPipelineOptions(),
        ModelTask.Evaluating => new TextPipelineOptions(),
        _ => new TextPipelineOptions { Preprocessing = new PreprocessingOptions { Lexicon = false } },
    };

    /// <summary>Head variants for aspects; each is measured as heads alone and as rules ∪ heads.</summary>
    public static IReadOnlyList<(string Name, TextPipelineOptions Options)> ForAspects()
    {
        TextPipelineOptions recipe = Recipe(ModelTask.Aspects);
        PreprocessingOptions pre = recipe.Preprocessing;
        return
        [
            ("n-grams, class weights", recipe),
            ("n-grams, no class weights", recipe with { ClassWeights = false }),
            ("n-grams + vocabulary features, class weights", recipe with { Preprocessing = pre with { AspectRules = true } }),
            ("n-grams + vocabulary features, no class weights", recipe with { Preprocessing = pre with { AspectRules = true }, ClassWeights = false }),
        ];
    }

    public static IReadOnlyList<(string Name, TextPipelineOptions Options)> For(ModelTask task)
    {
        TextPipelineOptions recipe = Recipe(task);
        PreprocessingOptions pre = recipe.Preprocessing;
        List<(string, TextPipelineOptions)> rows =
        [
            ("baseline (raw text, lexicon, no negation)", recipe with { Preprocessing = pre with { Normalize = false, MarkNegation = false, Lexicon = true } }),
            ("+ social normalisation", recipe with { Preprocessing = pre with { MarkNegation = false, Lexicon = true } }),
            ("+ negation marking (recipe)", recipe with { Preprocessing = pre with { Lexicon = true } }),
            ("recipe - lexicon features", recipe with { Preprocessing = pre with { Lexicon = false } }),
            ("recipe - class weights", recipe with { Preprocessing = pre with { Lexicon = true }, ClassWeights = false }),
            ("recipe + word 1-3 grams", recipe with { Preprocessing = pre with { Lexicon = true }, WordNgrams = 3 }),
            ("recipe + char 4-grams", recipe with { Preprocessing = pre with { Lexicon = true }, CharNgrams = 4 }),
            ("recipe + TF-IDF", recipe with { Preprocessing = pre with { Lexicon = true }, TfIdf = true }),
            ("recipe, SDCA", recipe with { Preprocessing = pre with { Lexicon = true }, Trainer = LinearTrainer.Sdca }),
            ("recipe, L2 = 0.3", recipe with { Preprocessing = pre with { Lexicon = true }, L2 = 0.3f }),
            ("recipe, L2 = 3", recipe with { Preprocessing = pre with { Lexicon = true }, L2 = 3f }),
        ];
        return rows;
    }
}
