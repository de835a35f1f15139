using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Hashing;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// A hashed sentiment model whose batches also score the evaluating and aspect heads that read its features (v3
/// layout): each post is prepared and featurised once, all heads are scored in one pass over a widened weight
/// table, and the heads' probabilities wait in <see cref="ReactionScoreMemo"/> for the reaction classifier's call on
/// the same batch. Sentiment results are exactly those of the wrapped classifier. Thread-safe.
/// </summary>
internal sealed class JointSentimentClassifier : ISentimentClassifier
{
    private readonly MlNetSentimentClassifier _sentiment;
    private readonly HashedSentimentModel _model;
    private readonly HashedHeads _heads;
    private readonly LinearHeadSet _joint;

    public JointSentimentClassifier(MlNetSentimentClassifier sentiment, HashedHeads heads)
    {
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(heads);
        _model = sentiment.HashedModel ?? throw new ArgumentException("the sentiment model has no hashed features to share", nameof(sentiment));
        if (!heads.Settings.SameFeatures(_model.Settings, sentiment.Manifest.Heads[0].Options.Preprocessing))
            throw new ArgumentException($"the heads were built for other features than {sentiment.ModelVersion}'s", nameof(heads));
        _sentiment = sentiment;
        _heads = heads;
        _joint = heads.JoinWith(_model.Heads);
    }

    public string ModelVersion => _sentiment.ModelVersion;

    public IReadOnlyList<SentimentPrediction> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int k = _heads.Heads.Count;
        float[] probabilities = new float[inputs.Count * k];
        float[] rules = new float[inputs.Count * HashedHeads.RuleCount];
        SentimentPrediction[] results = new SentimentPrediction[inputs.Count];
        Span<float> p = stackalloc float[3];
        Span<float> raw = stackalloc float[k];
        bool vocabulary = _heads.Settings.VocabularyFeatures;
        for (int i = 0; i < inputs.Count; i++)
        {
            ClassificationInput input = inputs[i];
            Span<float> hits = rules.AsSpan(i * HashedHeads.RuleCount, HashedHeads.RuleCount);
            HashedHeads.Vocabulary(input.Text, hits);
            _model.Predict(input.Text, input.PublicationTitle, vocabulary ? hits : [], _joint, p, raw);
            _heads.Probabilities(raw, probabilities.AsSpan(i * k, k));
            // First maximum wins, as in MlNetSentimentClassifier (label order negative, neutral, positive).
            Sentiment label = p[0] >= p[1] && p[0] >= p[2] ? Sentiment.Negative : p[1] >= p[2] ? Sentiment.Neutral : Sentiment.Positive;
            results[i] = new SentimentPrediction(label, p[0], p[1], p[2], ModelVersion);
        }
        ReactionScoreMemo.Remember(inputs, _heads, probabilities, rules);
        return results;
    }

    public SentimentPrediction Classify(ClassificationInput input) => _sentiment.Classify(input);
}
