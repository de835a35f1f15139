using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Fits linear maximum-entropy heads on hashed features with ML.NET (L-BFGS, L1 = 0) and reads their weights back
/// for the C# scorer. Featurised texts are cached, so variants that share a featurizer pay for it once.
/// </summary>
internal sealed class HashedHeadFitter(MLContext ml, PreprocessingOptions preprocessing)
{
    private readonly PostPreprocessor _preprocessor = new(preprocessing);
    private readonly Dictionary<string, PreparedPost> _prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int, int, int, string), VBuffer<float>> _features = [];

    public MLContext Context => ml;

    public PreprocessingOptions Preprocessing => preprocessing;

    /// <summary>The sparse features of a text (indices ascending), cached per featurizer setting.</summary>
    public VBuffer<float> Features(HashedSentimentManifest settings, string text)
    {
        (int, int, int, int, string) key = (settings.HashBits, settings.WordNgrams, settings.MinCharNgram, settings.MaxCharNgram, text);
        if (_features.TryGetValue(key, out VBuffer<float> cached))
            return cached;
        if (!_prepared.TryGetValue(text, out PreparedPost prepared))
            _prepared[text] = prepared = _preprocessor.Prepare(text, null);
        HashedFeaturizer featurizer = HashedSentimentModel.Featurizer(settings);
        FeatureScratch scratch = new();
        int n = featurizer.Featurize(prepared.Text, prepared.Lexicon, scratch);
        int[] indices = scratch.Indices[..n].ToArray();
        float[] values = scratch.Values[..n].ToArray();
        Array.Sort(indices, values);
        VBuffer<float> features = new(featurizer.Dimension(prepared.Lexicon.Length), n, values, indices);
        _features[key] = features;
        return features;
    }

    public int Dimension(HashedSentimentManifest settings) => HashedSentimentModel.Featurizer(settings).Dimension(Lexicon.LexiconFeatures.Count);

    /// <summary>Fits one head; returns the ML.NET model (to save in the zip), its labels and its weights.</summary>
    public FittedHead Fit(IReadOnlyList<SparseRow> rows, int dimension, float l2)
    {
        SchemaDefinition schema = SchemaDefinition.Create(typeof(SparseRow));
        schema[nameof(SparseRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        IDataView data = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows, schema));
        var estimator = ml.Transforms.Conversion
            .MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = "Weight",
                L1Regularization = 0,
                L2Regularization = l2,
            }));
        var model = estimator.Fit(data);
        VBuffer<ReadOnlyMemory<char>> names = default;
        model.GetOutputSchema(data.Schema)["Score"].GetSlotNames(ref names);
        string[] labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        (VBuffer<float>[] weights, float[] biases) = Weights(model);
        return new FittedHead(model, data.Schema, labels, weights, biases);
    }

    /// <summary>The per-class weights and biases of the maximum-entropy model inside a (possibly chained) transformer.</summary>
    public static (VBuffer<float>[] Weights, float[] Biases) Weights(ITransformer model)
    {
        LinearMulticlassModelParametersBase parameters = FindParameters(model)
            ?? throw new InvalidDataException("the head holds no linear multiclass model");
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classes);
        return (weights[..classes], parameters.GetBiases().ToArray());
    }

    private static LinearMulticlassModelParametersBase? FindParameters(ITransformer model)
    {
        if (model is IEnumerable<ITransformer> chain)
            return chain.Select(FindParameters).LastOrDefault(p => p is not null);
        return model.GetType().GetProperty("Model")?.GetValue(model) as LinearMulticlassModelParametersBase;
    }

    /// <summary>Class weights w_c = N / (K · n_c) over the given labels, applied on top of <paramref name="baseWeight"/>.</summary>
    public static List<SparseRow> Balanced(IReadOnlyList<(string Label, VBuffer<float> Features)> rows, double baseWeight = 1)
    {
        Dictionary<string, int> counts = rows.GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.Count());
        return rows.Select(r => new SparseRow
        {
            Label = r.Label,
            Features = r.Features,
            Weight = (float)(baseWeight * rows.Count / ((double)counts.Count * counts[r.Label])),
        }).ToList();
    }
}

/// <summary>
/// A fitted head: the ML.NET model and the schema it was trained on (for saving), labels, weights, biases, and
/// (NB-weighted heads) the feature scales already folded into <see cref="Weights"/> but not into <see cref="Model"/>.
/// </summary>
internal sealed record FittedHead(ITransformer Model, DataViewSchema Schema, IReadOnlyList<string> Labels, VBuffer<float>[] Weights, float[] Biases,
    float[]? FeatureScales = null);
