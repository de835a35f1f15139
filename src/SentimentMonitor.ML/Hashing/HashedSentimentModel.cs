using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Predicts sentiment with hashed features and linear heads scored in plain C#: a general head (general social
/// text), a domain head (posts about studies) and a gate (is this post about a study?) share one featurisation;
/// a combination (by default a trained stacker) and per-class offsets give the final distribution.
/// Immutable after construction; per-thread scratch buffers make every method thread-safe.
/// </summary>
internal sealed class HashedSentimentModel
{
    public const int GeneralHead = 0, DomainHead = 1, GateHead = 2;

    [ThreadStatic]
    private static Buffers? _buffers;

    private readonly PostPreprocessor _preprocessor;
    private readonly HashedFeaturizer _featurizer;
    private readonly LinearHeadSet _heads;
    private readonly LinearHeadSet? _stacker;
    private readonly float[] _offsets;

    public HashedSentimentModel(HashedSentimentManifest settings, PreprocessingOptions preprocessing, LinearHeadSet heads, LinearHeadSet? stacker)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Combination == SentimentCombination.Stack && stacker is null)
            throw new ArgumentException("a stacked model needs its stacker head", nameof(stacker));
        Settings = settings;
        _preprocessor = new PostPreprocessor(preprocessing);
        _featurizer = Featurizer(settings);
        _heads = heads;
        _stacker = stacker;
        _offsets = settings.Offsets.Count == 3 ? [.. settings.Offsets] : throw new ArgumentException("three offsets are needed", nameof(settings));
    }

    public HashedSentimentManifest Settings { get; }

    public static HashedFeaturizer Featurizer(HashedSentimentManifest settings) =>
        new(settings.HashBits, settings.WordNgrams, settings.MinCharNgram, settings.MaxCharNgram);

    /// <summary>Probabilities of negative, neutral, positive (the heads' label order) into <paramref name="probabilities"/>.</summary>
    public void Predict(string text, string? title, Span<float> probabilities)
    {
        PreparedPost prepared = _preprocessor.Prepare(text, title);
        Buffers b = _buffers ??= new Buffers();
        b.Ensure(_heads.Stride);
        int n = _featurizer.Featurize(prepared.Text, prepared.Lexicon, b.Features);
        _heads.Score(b.Features.Indices[..n], b.Features.Values[..n], b.Scores);
        Combine(b, probabilities);
    }

    /// <summary>The general, domain and gate heads (for <see cref="LinearHeadSet.Widen"/>).</summary>
    public LinearHeadSet Heads => _heads;

    /// <summary>
    /// <see cref="Predict(string, string?, Span{float})"/> with more heads over the same featurisation: <paramref name="appended"/> features follow the
    /// lexicon features, <paramref name="joint"/> (<see cref="Heads"/> widened) scores everything in one pass, and the
    /// raw scores of its columns after this model's go to <paramref name="extraScores"/>.
    /// </summary>
    public void Predict(string text, string? title, ReadOnlySpan<float> appended, LinearHeadSet joint, Span<float> probabilities, Span<float> extraScores)
    {
        PreparedPost prepared = _preprocessor.Prepare(text, title);
        Buffers b = _buffers ??= new Buffers();
        b.Ensure(joint.Stride);
        _featurizer.Featurize(prepared.Text, prepared.Lexicon, b.Features);
        int first = _featurizer.Dimension(prepared.Lexicon.Length);
        for (int i = 0; i < appended.Length; i++)
        {
            if (appended[i] != 0)
                b.Features.Append(first + i, appended[i]);
        }
        int n = b.Features.Count;
        joint.Score(b.Features.Indices[..n], b.Features.Values[..n], b.Scores);
        int from = joint.Offset(_heads.HeadCount);
        b.Scores.AsSpan(from, extraScores.Length).CopyTo(extraScores);
        Combine(b, probabilities);
    }

    /// <summary>The heads' probabilities for precomputed features (training uses this to build stacker rows).</summary>
    public static void HeadProbabilities(LinearHeadSet heads, ReadOnlySpan<int> indices, ReadOnlySpan<float> values,
        Span<float> general, Span<float> domain, out float study)
    {
        Span<float> scores = stackalloc float[heads.Stride];
        Span<float> gate = stackalloc float[2];
        heads.Score(indices, values, scores);
        heads.Softmax(scores, GeneralHead, general);
        heads.Softmax(scores, DomainHead, domain);
        heads.Softmax(scores, GateHead, gate);
        study = gate[1];
    }

    private void Combine(Buffers b, Span<float> probabilities)
    {
        Span<float> general = b.General, domain = b.Domain, z = b.Final;
        _heads.Softmax(b.Scores, GeneralHead, general);
        _heads.Softmax(b.Scores, DomainHead, domain);
        _heads.Softmax(b.Scores, GateHead, b.Gate);
        float study = b.Gate[1];
        switch (Settings.Combination)
        {
            case SentimentCombination.General:
                Log(general, z);
                break;
            case SentimentCombination.Domain:
                Log(domain, z);
                break;
            case SentimentCombination.Average:
                for (int c = 0; c < 3; c++)
                    z[c] = MathF.Log((general[c] + domain[c]) / 2);
                break;
            case SentimentCombination.Product:
                for (int c = 0; c < 3; c++)
                    z[c] = MathF.Log(MathF.Max(general[c], 1e-6f)) + MathF.Log(MathF.Max(domain[c], 1e-6f));
                break;
            case SentimentCombination.GatedAverage:
                for (int c = 0; c < 3; c++)
                    z[c] = MathF.Log(study * (general[c] + domain[c]) / 2 + (1 - study) * general[c]);
                break;
            case SentimentCombination.GatedBlend:
                for (int c = 0; c < 3; c++)
                    z[c] = MathF.Log(BlendWeightTuner.Blend(general[c], domain[c], study, Settings.DomainWeight));
                break;
            case SentimentCombination.Gated:
                for (int c = 0; c < 3; c++)
                    z[c] = MathF.Log(study * domain[c] + (1 - study) * general[c]);
                break;
            default:
                StackFeatures.Compute(general, domain, study, b.Stack);
                _stacker!.Score(StackIndices, b.Stack, b.StackScores);
                b.StackScores.AsSpan(0, 3).CopyTo(z);
                break;
        }
        for (int c = 0; c < 3; c++)
            z[c] += _offsets[c];
        SoftmaxInPlace(z, probabilities);
    }

    private static readonly int[] StackIndices = Enumerable.Range(0, StackFeatures.Count).ToArray();

    private static void Log(ReadOnlySpan<float> p, Span<float> z)
    {
        for (int c = 0; c < 3; c++)
            z[c] = MathF.Log(MathF.Max(p[c], 1e-6f));
    }

    private static void SoftmaxInPlace(ReadOnlySpan<float> z, Span<float> p)
    {
        float max = MathF.Max(z[0], MathF.Max(z[1], z[2]));
        float sum = 0;
        for (int c = 0; c < 3; c++)
            sum += p[c] = MathF.Exp(z[c] - max);
        for (int c = 0; c < 3; c++)
            p[c] /= sum;
    }

    /// <summary>One thread's reusable buffers.</summary>
    private sealed class Buffers
    {
        public FeatureScratch Features { get; } = new();
        public float[] Scores { get; private set; } = [];
        public float[] General { get; } = new float[3];
        public float[] Domain { get; } = new float[3];
        public float[] Gate { get; } = new float[2];
        public float[] Final { get; } = new float[3];
        public float[] Stack { get; } = new float[StackFeatures.Count];
        public float[] StackScores { get; private set; } = new float[64];

        public void Ensure(int stride)
        {
            if (Scores.Length < stride)
                Scores = new float[stride];
        }
    }
}
