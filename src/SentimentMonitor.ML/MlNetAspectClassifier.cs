using Microsoft.ML;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML;

/// <summary>
/// Aspects of a reaction from a model zip trained by <c>train --task aspects</c>: one binary head per aspect,
/// combined with <see cref="ClinicalAspectVocabulary"/> as the manifest's <see cref="AspectMode"/> says. v3 zips
/// score every head on a hashed sentiment model's features (shared with it when possible, see
/// <see cref="MlNetReactionClassifier"/>), v2 zips on one shared ML.NET featurisation, both with per-aspect thresholds; v1 zips run one pipeline per head.
/// Thread-safe.
/// </summary>
public sealed class MlNetAspectClassifier : IAspectClassifier
{
    private readonly (Aspect Aspect, TextHead Head, int TrueIndex, float Threshold)[] _heads = [];
    private readonly (int Rule, float Threshold, bool OrRule)[] _decisions = [];
    private readonly Aspect[] _aspects = [];

    private MlNetAspectClassifier(LoadedModel model)
    {
        Manifest = model.Manifest;
        _heads = model.Manifest.Heads.Select(h =>
        {
            TextHead head = model.Heads[h.Name];
            return (DomainSlugs.Parse<Aspect>(h.Name), head, head.Labels.ToList().IndexOf("true"), h.Threshold);
        }).ToArray();
    }

    private MlNetAspectClassifier(ModelManifest manifest, SharedFeatureModel? shared, HashedHeads? hashed)
    {
        Manifest = manifest;
        Shared = shared;
        Hashed = hashed;
        _aspects = manifest.Heads.Select(h => DomainSlugs.Parse<Aspect>(h.Name)).ToArray();
        // Rule hits come from the prepared post: index of the aspect in the vocabulary's feature order.
        _decisions = manifest.Heads.Select(h => ((int)DomainSlugs.Parse<Aspect>(h.Name), h.Threshold, h.OrRule)).ToArray();
    }

    public static MlNetAspectClassifier Load(string path)
    {
        ModelManifest manifest = ModelBundle.ReadManifest(path);
        if (manifest.SharedFeatures is null && manifest.HashedHeads is null)
            return new(LoadedModel.Load(path, ModelTask.Aspects));
        if (manifest.Task != ModelTask.Aspects)
            throw new InvalidDataException($"{path} is a {manifest.Task.ToString().ToLowerInvariant()} model, not an aspects model");
        MLContext ml = new(seed: 1);
        (_, Dictionary<string, ITransformer> transformers) = ModelBundle.Load(path, ml);
        return From(ml, manifest, transformers);
    }

    internal static MlNetAspectClassifier From(LoadedModel model) => new(model);

    internal static MlNetAspectClassifier From(MLContext ml, ModelManifest manifest, IReadOnlyDictionary<string, ITransformer> transformers) =>
        manifest.HashedHeads is not null
            ? new(manifest, null, HashedHeads.From(manifest, transformers))
            : new(manifest, SharedFeatureModel.From(ml, manifest, transformers), null);

    public ModelManifest Manifest { get; }

    public string ModelVersion => Manifest.Version;

    public AspectMode Mode => Manifest.AspectMode;

    /// <summary>The shared featurizer and heads (v2 layout), or null for a v1 zip.</summary>
    internal SharedFeatureModel? Shared { get; }

    /// <summary>The heads on a hashed sentiment model's features (v3 layout), or null.</summary>
    internal HashedHeads? Hashed { get; }

    public IReadOnlyList<IReadOnlyList<Aspect>> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (Hashed is not null)
        {
            (float[] probabilities, float[] rules) = Hashed.Score(inputs);
            int k = Hashed.Heads.Count;
            IReadOnlyList<Aspect>[] decided = new IReadOnlyList<Aspect>[inputs.Count];
            for (int i = 0; i < decided.Length; i++)
                decided[i] = Decide(rules.AsSpan(i * HashedHeads.RuleCount, HashedHeads.RuleCount), probabilities.AsSpan(i * k, k));
            return decided;
        }
        if (Shared is null)
            return Classify(inputs, Mode);
        (PreparedPost[] posts, float[][] scores) = Shared.Score(inputs);
        IReadOnlyList<Aspect>[] result = new IReadOnlyList<Aspect>[posts.Length];
        for (int i = 0; i < result.Length; i++)
            result[i] = Decide(posts[i].Rules, scores[i]);
        return result;
    }

    public IReadOnlyList<Aspect> Classify(ClassificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Hashed is not null)
        {
            Span<float> rules = stackalloc float[HashedHeads.RuleCount];
            Span<float> probabilities = stackalloc float[Hashed.Heads.Count];
            Hashed.Score(input, rules, probabilities);
            return Decide(rules, probabilities);
        }
        if (Shared is not null)
        {
            (PreparedPost post, float[] scores) = Shared.Score(input);
            return Decide(post.Rules, scores);
        }
        HashSet<Aspect> on = Mode == AspectMode.Ml ? [] : [.. ClinicalAspectVocabulary.Match(input.Text)];
        if (Mode != AspectMode.Rules)
        {
            foreach ((Aspect aspect, TextHead head, int trueIndex, float threshold) in _heads)
            {
                if (head.Predict(head.Prepare(input.Text, input.PublicationTitle)).Scores[trueIndex] >= threshold)
                    on.Add(aspect);
            }
        }
        return Ordered(on);
    }

    /// <summary>
    /// Aspects of one post from its head probabilities (manifest head order) and its vocabulary hits (one per aspect,
    /// declaration order), as the manifest's mode says.
    /// </summary>
    internal IReadOnlyList<Aspect> Decide(ReadOnlySpan<float> rules, ReadOnlySpan<float> scores)
    {
        List<Aspect> on = [];
        for (int h = 0; h < _decisions.Length; h++)
        {
            (int rule, float threshold, bool orRule) = _decisions[h];
            bool model = scores[h] >= threshold;
            bool vocabulary = rules.Length > rule && rules[rule] > 0;
            bool yes = Mode switch
            {
                AspectMode.Rules => vocabulary,
                AspectMode.Ml => model,
                AspectMode.Union => model || vocabulary,
                _ => model || (orRule && vocabulary),
            };
            if (yes)
                on.Add(_aspects[h]);
        }
        on.Sort();
        return on;
    }

    /// <summary>Classifies with an explicit mode (v1 layout; used on validation to choose the mode).</summary>
    internal IReadOnlyList<IReadOnlyList<Aspect>> Classify(IReadOnlyList<ClassificationInput> inputs, AspectMode mode)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        HashSet<Aspect>[] on = new HashSet<Aspect>[inputs.Count];
        for (int i = 0; i < inputs.Count; i++)
            on[i] = mode == AspectMode.Ml ? [] : [.. ClinicalAspectVocabulary.Match(inputs[i].Text)];
        if (mode != AspectMode.Rules && inputs.Count > 0 && _heads.Length > 0)
        {
            // Every head shares the preprocessing chosen at training, so posts are prepared once.
            TextHead first = _heads[0].Head;
            ModelInput[] rows = inputs.Select(x => first.Prepare(x.Text, x.PublicationTitle)).ToArray();
            foreach ((Aspect aspect, TextHead head, int trueIndex, float threshold) in _heads)
            {
                HeadPrediction[] predictions = head.PredictBatch(rows);
                for (int i = 0; i < predictions.Length; i++)
                {
                    if (predictions[i].Scores[trueIndex] >= threshold)
                        on[i].Add(aspect);
                }
            }
        }
        return on.Select(Ordered).ToArray();
    }

    private static IReadOnlyList<Aspect> Ordered(HashSet<Aspect> set) => set.Order().ToArray();
}
