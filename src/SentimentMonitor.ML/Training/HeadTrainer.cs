using Microsoft.ML;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Training;

/// <summary>
/// Fits one head: prepares texts (cached per preprocessing variant and text, so experiments pay for it once),
/// sets example weights (file weight × class weight) and fits the estimator.
/// </summary>
internal sealed class HeadTrainer(MLContext ml)
{
    private readonly Dictionary<PreprocessingOptions, Dictionary<string, PreparedPost>> _prepared = [];

    public MLContext Context => ml;

    public ITransformer Fit(IReadOnlyList<WeightedExample> examples, TextPipelineOptions options)
    {
        ModelInput[] rows = Rows(examples, options);
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        // Cache the featurised data: L-BFGS passes over it many times.
        return TextPipelineBuilder.Build(ml, options).Fit(ml.Data.Cache(data));
    }

    public PreparedPost Prepare(string text, PreprocessingOptions options)
    {
        if (!_prepared.TryGetValue(options, out Dictionary<string, PreparedPost>? cache))
            _prepared[options] = cache = new Dictionary<string, PreparedPost>(StringComparer.Ordinal);
        if (!cache.TryGetValue(text, out PreparedPost prepared))
            cache[text] = prepared = new PostPreprocessor(options).Prepare(text, null);
        return prepared;
    }

    private ModelInput[] Rows(IReadOnlyList<WeightedExample> examples, TextPipelineOptions options)
    {
        Dictionary<string, double> classWeights = ClassWeights(examples, options.ClassWeights);
        ModelInput[] rows = new ModelInput[examples.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            WeightedExample e = examples[i];
            PreparedPost p = Prepare(e.Text, options.Preprocessing);
            rows[i] = new ModelInput { Text = p.Text, Lex = p.Lexicon, Rules = p.Rules, Label = e.Label, Weight = (float)(e.Weight * classWeights[e.Label]) };
        }
        return rows;
    }

    /// <summary>w_c = N / (K · n_c) over weighted counts, or 1 for every class when off.</summary>
    private static Dictionary<string, double> ClassWeights(IReadOnlyList<WeightedExample> examples, bool on)
    {
        Dictionary<string, double> totals = [];
        foreach (WeightedExample e in examples)
            totals[e.Label] = totals.GetValueOrDefault(e.Label) + e.Weight;
        double n = totals.Values.Sum();
        int k = totals.Count;
        return totals.ToDictionary(kv => kv.Key, kv => on ? n / (k * kv.Value) : 1.0);
    }
}
