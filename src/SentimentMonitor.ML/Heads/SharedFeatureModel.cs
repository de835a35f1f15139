using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// A featurizer and the linear heads that score its output. Each post is prepared once (C# preprocessing) and
/// featurised once, whatever the number of heads. Thread-safe: batches use fresh cursors, single posts pooled engines.
/// </summary>
internal sealed class SharedFeatureModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly PostPreprocessor _preprocessor;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, FeatureRow>> _engines = [];
    private readonly FastFeaturizer? _fast;
    private readonly HeadMatrix? _matrix;

    public SharedFeatureModel(MLContext ml, SharedFeaturesManifest features, ITransformer featurizer, IReadOnlyList<LinearHead> heads)
    {
        _ml = ml;
        _featurizer = featurizer;
        Features = features;
        _preprocessor = new PostPreprocessor(features.Options.Preprocessing);
        _fast = FastFeaturizer.TryCreate(ml, featurizer, features.Options) is { } fast && fast.Fits(heads) ? fast : null;
        Heads = heads;
        _matrix = _fast is null ? null : new HeadMatrix(heads);
    }

    private SharedFeatureModel(SharedFeatureModel other, IReadOnlyList<LinearHead> heads)
    {
        (_ml, _featurizer, Features, _preprocessor, _engines) = (other._ml, other._featurizer, other.Features, other._preprocessor, other._engines);
        _fast = other._fast is { } fast && fast.Fits(heads) ? fast : null;
        _matrix = _fast is null ? null : new HeadMatrix(heads);
        Heads = heads;
    }

    /// <summary>Whether posts are featurised by the C# replay of the featurizer (see <see cref="FastFeaturizer"/>).</summary>
    public bool ReplaysInCSharp => _fast is not null;

    /// <summary>Builds the model of a zip with the shared layout (its manifest has <see cref="ModelManifest.SharedFeatures"/>).</summary>
    public static SharedFeatureModel From(MLContext ml, ModelManifest manifest, IReadOnlyDictionary<string, ITransformer> transformers)
    {
        SharedFeaturesManifest features = manifest.SharedFeatures
            ?? throw new InvalidDataException($"model {manifest.Version} has no shared featurizer");
        LinearHead[] heads = manifest.Heads.Select(h => LinearHead.From(h.Name, transformers[h.Name])).ToArray();
        return new SharedFeatureModel(ml, features, transformers[SharedFeaturesManifest.Entry], heads);
    }

    public SharedFeaturesManifest Features { get; }

    public IReadOnlyList<LinearHead> Heads { get; }

    /// <summary>The same featurizer with other heads (e.g. the evaluating and aspect heads of two zips together).</summary>
    public SharedFeatureModel WithHeads(IReadOnlyList<LinearHead> heads) => new(this, heads);

    /// <summary>
    /// Preprocesses once for every head, into the featurizer's text (<see cref="FeaturizerText"/>). Vocabulary hits
    /// are always filled (the aspect decisions read them even when the featurizer does not use them as features).
    /// </summary>
    public PreparedPost Prepare(ClassificationInput input)
    {
        PreparedPost post = _preprocessor.Prepare(input.Text, input.PublicationTitle);
        post = post with { Text = FeaturizerText.Map(post.Text) };
        return Features.Options.Preprocessing.AspectRules ? post : post with { Rules = ClinicalAspectVocabulary.Features(input.Text) };
    }

    /// <summary>Probabilities [post][head] for a batch, and each post's prepared form (its vocabulary hits are reused).</summary>
    public (PreparedPost[] Posts, float[][] Scores) Score(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        PreparedPost[] posts = new PreparedPost[inputs.Count];
        Func<int, PreparedPost?> remembered = PreparedBatchMemo.Lookup(inputs, Features.Options.Preprocessing);
        for (int i = 0; i < posts.Length; i++)
        {
            posts[i] = remembered(i) is { } done
                ? done with { Text = FeaturizerText.Map(done.Text), Rules = ClinicalAspectVocabulary.Features(inputs[i].Text) }
                : Prepare(inputs[i]);
        }
        float[][] scores = new float[posts.Length][];
        if (posts.Length == 0)
            return (posts, scores);
        if (_fast is not null)
        {
            for (int i = 0; i < posts.Length; i++)
                scores[i] = FastFeaturizer.CanReplay(posts[i]) ? ScoreFast(posts[i]) : ScoreWithEngine(posts[i]);
            return (posts, scores);
        }
        ModelInput[] rows = posts.Select(p => new ModelInput { Text = p.Text, Lex = p.Lexicon, Rules = p.Rules }).ToArray();
        IDataView featurised = _featurizer.Transform(_ml.Data.LoadFromEnumerable(rows));
        VectorColumn.ForEach(featurised, SharedFeaturizer.Column, (row, features) => scores[row] = ScoreHeads(features));
        return (posts, scores);
    }

    public (PreparedPost Post, float[] Scores) Score(ClassificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        PreparedPost post = Prepare(input);
        return (post, _fast is not null && FastFeaturizer.CanReplay(post) ? ScoreFast(post) : ScoreWithEngine(post));
    }

    private float[] ScoreWithEngine(PreparedPost post)
    {
        if (!_engines.TryTake(out PredictionEngine<ModelInput, FeatureRow>? engine))
            engine = _ml.Model.CreatePredictionEngine<ModelInput, FeatureRow>(_featurizer);
        try
        {
            FeatureRow features = engine.Predict(new ModelInput { Text = post.Text, Lex = post.Lexicon, Rules = post.Rules });
            return ScoreHeads(features.Features);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private float[] ScoreFast(in PreparedPost post)
    {
        float[] scores = new float[Heads.Count];
        _fast!.Score(post, _matrix!, scores);
        return scores;
    }

    private float[] ScoreHeads(in VBuffer<float> features)
    {
        float[] scores = new float[Heads.Count];
        for (int h = 0; h < scores.Length; h++)
            scores[h] = Heads[h].Probability(features);
        return scores;
    }
}
