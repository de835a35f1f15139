using Microsoft.ML;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Hashing;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// Calibrated linear binary heads over a hashed sentiment model's features plus the clinical-vocabulary features
/// (v3 layout, <see cref="HashedHeadsManifest"/>), scored in plain C# in one pass over each post's features. A batch
/// that a <see cref="JointSentimentClassifier"/> has just scored is taken from <see cref="ReactionScoreMemo"/>
/// instead of being featurised again. Immutable; thread-safe (per-thread scratch buffers).
/// </summary>
internal sealed class HashedHeads
{
    public const int RuleCount = ClinicalAspectVocabulary.FeatureCount;

    [ThreadStatic]
    private static FeatureScratch? _scratch;

    [ThreadStatic]
    private static float[]? _scores;

    private readonly PostPreprocessor _preprocessor;
    private readonly HashedFeaturizer _featurizer;
    private readonly LinearHeadSet _set;

    public HashedHeads(HashedHeadsManifest settings, IReadOnlyList<LinearHead> heads)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(heads);
        if (heads.Any(h => h.Dimension != settings.Dimension))
            throw new InvalidDataException($"the heads read {heads[0].Dimension} features; the manifest's featurizer makes {settings.Dimension}");
        Settings = settings;
        Heads = heads;
        _preprocessor = new PostPreprocessor(settings.Preprocessing);
        _featurizer = HashedSentimentModel.Featurizer(settings.Featurizer);
        _set = new LinearHeadSet(settings.Dimension, heads.Select(h => h.AsHeadSetEntry()).ToList());
    }

    public static HashedHeads From(ModelManifest manifest, IReadOnlyDictionary<string, ITransformer> transformers)
    {
        HashedHeadsManifest settings = manifest.HashedHeads ?? throw new InvalidDataException($"model {manifest.Version} has no hashed-heads settings");
        return new HashedHeads(settings, manifest.Heads.Select(h => LinearHead.From(h.Name, transformers[h.Name])).ToArray());
    }

    public HashedHeadsManifest Settings { get; }

    public IReadOnlyList<LinearHead> Heads { get; }

    /// <summary>The same featurisation with other heads (e.g. the evaluating and aspect heads of two zips together).</summary>
    public HashedHeads WithHeads(IReadOnlyList<LinearHead> heads) => new(Settings, heads);

    /// <summary>A sentiment model's heads widened with these heads, to score all of them from one featurisation.</summary>
    public LinearHeadSet JoinWith(LinearHeadSet sentimentHeads) =>
        sentimentHeads.Widen(Settings.Dimension, Heads.Select(h => h.AsHeadSetEntry()).ToList());

    /// <summary>The vocabulary hits of a raw post (always computed: aspect decisions may OR them in).</summary>
    public static void Vocabulary(string text, Span<float> rules) => ClinicalAspectVocabulary.Features(text).CopyTo(rules);

    /// <summary>Probabilities [post × head] and vocabulary hits [post × 7] of a batch (flat, row-major).</summary>
    public (float[] Probabilities, float[] Rules) Score(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (ReactionScoreMemo.TryTake(inputs, this, out float[]? remembered, out float[]? rememberedRules))
            return (remembered, rememberedRules);
        int k = Heads.Count;
        float[] probabilities = new float[inputs.Count * k];
        float[] rules = new float[inputs.Count * RuleCount];
        for (int i = 0; i < inputs.Count; i++)
            Score(inputs[i], rules.AsSpan(i * RuleCount, RuleCount), probabilities.AsSpan(i * k, k));
        return (probabilities, rules);
    }

    /// <summary>Every head's probability and the vocabulary hits of one post, featurised here.</summary>
    public void Score(ClassificationInput input, Span<float> rules, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(input);
        PreparedPost prepared = _preprocessor.Prepare(input.Text, input.PublicationTitle);
        Vocabulary(input.Text, rules);
        FeatureScratch scratch = _scratch ??= new FeatureScratch();
        float[] scores = _scores is { } s && s.Length >= _set.Stride ? s : _scores = new float[_set.Stride];
        _featurizer.Featurize(prepared.Text, prepared.Lexicon, scratch);
        if (Settings.VocabularyFeatures)
        {
            int first = _featurizer.Dimension(prepared.Lexicon.Length);
            for (int r = 0; r < RuleCount; r++)
            {
                if (rules[r] != 0)
                    scratch.Append(first + r, rules[r]);
            }
        }
        int n = scratch.Count;
        _set.Score(scratch.Indices[..n], scratch.Values[..n], scores);
        Probabilities(scores, probabilities);
    }

    /// <summary>Calibrated probabilities from the heads' raw scores (one column per head, in head order).</summary>
    public void Probabilities(ReadOnlySpan<float> raw, Span<float> probabilities)
    {
        for (int h = 0; h < Heads.Count; h++)
            probabilities[h] = Heads[h].ProbabilityOfScore(raw[h]);
    }
}
