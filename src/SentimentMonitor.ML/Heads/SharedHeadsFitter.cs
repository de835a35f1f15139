using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Prediction;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Text;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// Training side of the shared layout: fits the featurizer once, then one L-BFGS logistic-regression head per
/// label on the cached vectors; and k-fold out-of-fold probabilities on the training data (for thresholds and
/// model selection without touching the holdout). Prepared texts are cached per preprocessing variant.
/// </summary>
internal sealed class SharedHeadsFitter(MLContext ml, int seed)
{
    private readonly Dictionary<PreprocessingOptions, Dictionary<string, PreparedPost>> _prepared = [];

    public MLContext Context => ml;

    public FeaturizedTexts Featurize(IReadOnlyList<string> texts, TextPipelineOptions options)
    {
        IDataView data = ml.Data.LoadFromEnumerable(Rows(texts, options.Preprocessing));
        ITransformer featurizer = SharedFeaturizer.Build(ml, options).Fit(data);
        return Apply(featurizer, texts, options.Preprocessing);
    }

    public FeaturizedTexts Apply(ITransformer featurizer, IReadOnlyList<string> texts, PreprocessingOptions preprocessing)
    {
        IDataView featurised = featurizer.Transform(ml.Data.LoadFromEnumerable(Rows(texts, preprocessing)));
        DataViewSchema.Column column = featurised.Schema[SharedFeaturizer.Column];
        int dimension = ((VectorDataViewType)column.Type).Size;
        VBuffer<float>[] vectors = new VBuffer<float>[texts.Count];
        VectorColumn.ForEach(featurised, SharedFeaturizer.Column, (row, features) => features.CopyTo(ref vectors[row])); // the buffer is reused
        return new FeaturizedTexts(featurizer, vectors, dimension);
    }

    /// <summary>Fits one binary head; example weight = file weight × (class weight N / (2 · n_class) when on).</summary>
    public ITransformer FitHead(FeaturizedTexts set, IReadOnlyList<int> rows, bool[] labels, float[] weights, TextPipelineOptions options) =>
        FitHead(set.Vectors, set.Dimension, rows, labels, weights, options);

    /// <summary>Fits one binary head on precomputed feature vectors of length <paramref name="dimension"/>.</summary>
    public ITransformer FitHead(VBuffer<float>[] vectors, int dimension, IReadOnlyList<int> rows, bool[] labels, float[] weights, TextPipelineOptions options)
    {
        double positive = 0, negative = 0;
        foreach (int r in rows)
        {
            if (labels[r]) positive += weights[r];
            else negative += weights[r];
        }
        double total = positive + negative;
        double wPositive = options.ClassWeights && positive > 0 ? total / (2 * positive) : 1;
        double wNegative = options.ClassWeights && negative > 0 ? total / (2 * negative) : 1;
        HeadRow[] data = rows.Select(r => new HeadRow
        {
            Features = vectors[r],
            Label = labels[r],
            Weight = (float)(weights[r] * (labels[r] ? wPositive : wNegative)),
        }).ToArray();
        SchemaDefinition schema = SchemaDefinition.Create(typeof(HeadRow));
        schema[nameof(HeadRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        IDataView view = ml.Data.Cache(ml.Data.LoadFromEnumerable(data, schema));
        return ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(HeadRow.Label),
            FeatureColumnName = nameof(HeadRow.Features),
            ExampleWeightColumnName = nameof(HeadRow.Weight),
            L1Regularization = 0,
            L2Regularization = options.L2,
        }).Fit(view);
    }

    /// <summary>
    /// Out-of-fold probabilities [head][row]: each row is scored by heads (and a featurizer) fitted without its
    /// fold. Folds come from a seeded shuffle, so results are deterministic.
    /// </summary>
    public float[][] OutOfFold(IReadOnlyList<string> texts, IReadOnlyList<bool[]> labels, float[] weights, TextPipelineOptions options, int folds = 5) =>
        OutOfFold(texts, labels, weights, options, [options.L2], folds)[0];

    /// <summary>Out-of-fold probabilities [L2 value][head][row] for several L2 strengths, featurising each fold once.</summary>
    public float[][][] OutOfFold(IReadOnlyList<string> texts, IReadOnlyList<bool[]> labels, float[] weights, TextPipelineOptions options,
        IReadOnlyList<float> l2s, int folds = 5)
    {
        int[] fold = Folds(texts.Count, folds);
        float[][][] results = l2s.Select(_ => labels.Select(_ => new float[texts.Count]).ToArray()).ToArray();
        for (int k = 0; k < folds; k++)
        {
            int[] train = Enumerable.Range(0, texts.Count).Where(i => fold[i] != k).ToArray();
            int[] test = Enumerable.Range(0, texts.Count).Where(i => fold[i] == k).ToArray();
            FeaturizedTexts fitted = Featurize(train.Select(i => texts[i]).ToArray(), options);
            FeaturizedTexts held = Apply(fitted.Featurizer, test.Select(i => texts[i]).ToArray(), options.Preprocessing);
            bool[][] trainLabels = labels.Select(l => train.Select(i => l[i]).ToArray()).ToArray();
            float[] trainWeights = train.Select(i => weights[i]).ToArray();
            int[] all = Enumerable.Range(0, train.Length).ToArray();
            for (int l = 0; l < l2s.Count; l++)
            {
                float[][] result = results[l];
                for (int h = 0; h < labels.Count; h++)
                {
                    if (trainLabels[h].All(x => x) || !trainLabels[h].Any(x => x))
                    {
                        foreach (int j in test)
                            result[h][j] = trainLabels[h].FirstOrDefault() ? 1f : 0f;
                        continue;
                    }
                    LinearHead head = LinearHead.From("oof", FitHead(fitted, all, trainLabels[h], trainWeights, options with { L2 = l2s[l] }));
                    for (int j = 0; j < test.Length; j++)
                        result[h][test[j]] = head.Probability(held.Vectors[j]);
                }
            }
        }
        return results;
    }

    /// <summary>Vocabulary hits of each text, per aspect (declaration order).</summary>
    public static bool[][] RuleHits(IReadOnlyList<string> texts) =>
        texts.Select(t => ClinicalAspectVocabulary.Features(t).Select(f => f > 0).ToArray()).ToArray();

    /// <summary>The fold of each row (seeded shuffle, deterministic).</summary>
    public int[] Folds(int count, int folds)
    {
        int[] order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        int[] fold = new int[count];
        for (int i = 0; i < count; i++)
            fold[order[i]] = i % folds;
        return fold;
    }

    private ModelInput[] Rows(IReadOnlyList<string> texts, PreprocessingOptions options)
    {
        if (!_prepared.TryGetValue(options, out Dictionary<string, PreparedPost>? cache))
            _prepared[options] = cache = new Dictionary<string, PreparedPost>(StringComparer.Ordinal);
        ModelInput[] rows = new ModelInput[texts.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            if (!cache.TryGetValue(texts[i], out PreparedPost p))
                cache[texts[i]] = p = new PostPreprocessor(options).Prepare(texts[i], null);
            rows[i] = new ModelInput { Text = FeaturizerText.Map(p.Text), Lex = p.Lexicon, Rules = p.Rules };
        }
        return rows;
    }
}
