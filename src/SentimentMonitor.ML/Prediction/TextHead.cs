using SentimentMonitor.Core.Ports;
using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Prediction;

/// <summary>
/// A trained text-classification head ready to predict: batches go through one IDataView transform; single
/// predictions use pooled <see cref="PredictionEngine{TSrc,TDst}"/>s (an engine is not thread-safe; the pool is).
/// </summary>
internal sealed class TextHead
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly PostPreprocessor _preprocessor;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> _engines = [];

    public TextHead(MLContext ml, ITransformer model, PreprocessingOptions preprocessing)
    {
        _ml = ml;
        _model = model;
        _preprocessor = new PostPreprocessor(preprocessing);
        Labels = ReadLabels(ml, model);
    }

    /// <summary>Class labels in the order of <see cref="HeadPrediction.Scores"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    public ITransformer Model => _model;

    public ModelInput Prepare(string text, string? title)
    {
        PreparedPost prepared = _preprocessor.Prepare(text, title);
        return new ModelInput { Text = prepared.Text, Lex = prepared.Lexicon, Rules = prepared.Rules };
    }

    /// <summary>Prepares every input (normalisation, title stripping, lexicon) for one batch prediction.</summary>
    public ModelInput[] Prepare(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ModelInput[] rows = new ModelInput[inputs.Count];
        PreparedPost[] posts = new PreparedPost[inputs.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            posts[i] = _preprocessor.Prepare(inputs[i].Text, inputs[i].PublicationTitle);
            rows[i] = new ModelInput { Text = posts[i].Text, Lex = posts[i].Lexicon, Rules = posts[i].Rules };
        }
        // Other heads given the same batch (evaluating, aspects) reuse the preparation.
        PreparedBatchMemo.Remember(inputs, _preprocessor.Options, posts);
        return rows;
    }

    public HeadPrediction[] PredictBatch(IReadOnlyList<ModelInput> rows)
    {
        HeadPrediction[] results = new HeadPrediction[rows.Count];
        if (rows.Count == 0)
            return results;
        IDataView scored = _model.Transform(_ml.Data.LoadFromEnumerable(rows));
        VectorColumn.ForEach(scored, "Score", (row, score) =>
        {
            float[] scores = new float[Labels.Count];
            score.CopyTo(scores);
            results[row] = new HeadPrediction(Labels[ArgMax(scores)], scores);
        });
        return results;
    }

    public HeadPrediction Predict(ModelInput row)
    {
        if (!_engines.TryTake(out PredictionEngine<ModelInput, ModelOutput>? engine))
            engine = _ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_model);
        try
        {
            ModelOutput output = engine.Predict(row);
            float[] scores = (float[])output.Score.Clone();
            return new HeadPrediction(Labels[ArgMax(scores)], scores);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static int ArgMax(float[] scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
                best = i;
        }
        return best;
    }

    private static IReadOnlyList<string> ReadLabels(MLContext ml, ITransformer model)
    {
        DataViewSchema input = ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
        DataViewSchema.Column score = model.GetOutputSchema(input)["Score"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }
}
