using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Hashing;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// Training side of the v3 layout: featurises the training texts exactly as a hashed sentiment model does
/// (<see cref="HashedHeadsManifest"/>, read from its zip), appends the vocabulary features, and fits binary L-BFGS
/// logistic-regression heads on those vectors, with k-fold out-of-fold probabilities for thresholds and the choice
/// of L2 (never the holdout). The featurisation has no fitted dictionary, so folds only refit the heads.
/// </summary>
internal sealed class HashedHeadsTrainer
{
    private readonly SharedHeadsFitter _fitter;
    private readonly Action<string> _report;

    public HashedHeadsTrainer(SharedHeadsFitter fitter, string sentimentModel, IReadOnlyList<string> texts, Action<string> report)
    {
        _fitter = fitter;
        _report = report;
        Settings = HashedHeadsManifest.FromSentimentModel(sentimentModel);
        Stopwatch clock = Stopwatch.StartNew();
        Vectors = Featurize(fitter.Context, Settings, texts);
        report($"featurised {texts.Count} texts as {Settings.SentimentModel} does ({Settings.Dimension} features) in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    public HashedHeadsManifest Settings { get; }

    public VBuffer<float>[] Vectors { get; }

    public MLContext Context => _fitter.Context;

    /// <summary>The options recorded per head: the sentiment model's preprocessing and n-grams, this head's L2.</summary>
    public TextPipelineOptions Options(float l2) => new()
    {
        Preprocessing = Settings.Preprocessing,
        WordNgrams = Settings.WordNgrams,
        CharNgrams = Settings.MaxCharNgram,
        L2 = l2,
        ClassWeights = true,
    };

    /// <summary>Feature vectors (indices ascending) of texts prepared without a title, as training data always is.</summary>
    public static VBuffer<float>[] Featurize(MLContext ml, HashedHeadsManifest settings, IReadOnlyList<string> texts)
    {
        HashedHeadFitter hashed = new(ml, settings.Preprocessing);
        HashedSentimentManifest featurizer = settings.Featurizer;
        int first = (1 << settings.HashBits) + Lexicon.LexiconFeatures.Count;
        VBuffer<float>[] vectors = new VBuffer<float>[texts.Count];
        for (int i = 0; i < texts.Count; i++)
        {
            VBuffer<float> f = hashed.Features(featurizer, texts[i]);
            List<int> indices = [.. f.GetIndices()];
            List<float> values = [.. f.GetValues()];
            if (settings.VocabularyFeatures)
            {
                float[] rules = ClinicalAspectVocabulary.Features(texts[i]);
                for (int r = 0; r < rules.Length; r++)
                {
                    if (rules[r] != 0)
                    {
                        indices.Add(first + r);
                        values.Add(rules[r]);
                    }
                }
            }
            vectors[i] = new VBuffer<float>(settings.Dimension, values.Count, [.. values], [.. indices]);
        }
        return vectors;
    }

    /// <summary>Out-of-fold probabilities [L2][head][row], each row scored by heads fitted without its fold.</summary>
    public float[][][] OutOfFold(IReadOnlyList<bool[]> labels, float[] weights, IReadOnlyList<float> l2s, int folds = 5)
    {
        int n = Vectors.Length;
        int[] fold = _fitter.Folds(n, folds);
        float[][][] results = l2s.Select(_ => labels.Select(_ => new float[n]).ToArray()).ToArray();
        for (int k = 0; k < folds; k++)
        {
            _report($"  fold {k + 1}/{folds}: {labels.Count} head(s) × {l2s.Count} L2 value(s)");
            int[] train = Enumerable.Range(0, n).Where(i => fold[i] != k).ToArray();
            int[] test = Enumerable.Range(0, n).Where(i => fold[i] == k).ToArray();
            for (int h = 0; h < labels.Count; h++)
            {
                bool[] y = labels[h];
                bool constant = train.All(i => y[i]) || !train.Any(i => y[i]);
                for (int l = 0; l < l2s.Count; l++)
                {
                    if (constant)
                    {
                        foreach (int j in test)
                            results[l][h][j] = y[train[0]] ? 1f : 0f;
                        continue;
                    }
                    LinearHead head = LinearHead.From("oof", _fitter.FitHead(Vectors, Settings.Dimension, train, y, weights, Options(l2s[l])));
                    foreach (int j in test)
                        results[l][h][j] = head.Probability(Vectors[j]);
                }
            }
        }
        return results;
    }

    /// <summary>One head fitted on every training row.</summary>
    public ITransformer Fit(bool[] labels, float[] weights, float l2) =>
        _fitter.FitHead(Vectors, Settings.Dimension, Enumerable.Range(0, Vectors.Length).ToArray(), labels, weights, Options(l2));

    /// <summary>Input schema of a head (a Features vector of <paramref name="dimension"/>), for saving it in the zip.</summary>
    public static DataViewSchema HeadSchema(MLContext ml, int dimension)
    {
        SchemaDefinition schema = SchemaDefinition.Create(typeof(HeadRow));
        schema[nameof(HeadRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return ml.Data.LoadFromEnumerable(Array.Empty<HeadRow>(), schema).Schema;
    }
}
