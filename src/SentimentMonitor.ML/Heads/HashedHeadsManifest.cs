using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Hashing;
using SentimentMonitor.ML.Lexicon;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Heads;

/// <summary>
/// How the heads of an evaluating or aspects zip (v3 layout) featurise a post: exactly as the hashed sentiment model
/// they were built against (its preprocessing and hashed n-gram settings, its 7 lexicon features), with the 7
/// clinical-vocabulary features appended. When the sentiment model in use has the same settings, one featurisation
/// per post serves it and these heads; otherwise the heads featurise on their own (same results, slower).
/// </summary>
public sealed record HashedHeadsManifest
{
    public int HashBits { get; init; } = 18;
    public int WordNgrams { get; init; } = 2;
    public int MinCharNgram { get; init; } = 3;
    public int MaxCharNgram { get; init; } = 3;
    public required PreprocessingOptions Preprocessing { get; init; }

    /// <summary>The 7 vocabulary hits (<see cref="ClinicalAspectVocabulary"/>) follow the lexicon features.</summary>
    public bool VocabularyFeatures { get; init; } = true;

    /// <summary>Version of the sentiment model whose settings these are (for cards and checks).</summary>
    public string SentimentModel { get; init; } = "";

    /// <summary>sha256 of that sentiment zip when the heads were trained.</summary>
    public string SentimentSha256 { get; init; } = "";

    /// <summary>Length of the feature vector: hash buckets, lexicon, vocabulary.</summary>
    public int Dimension => (1 << HashBits) + LexiconFeatures.Count + (VocabularyFeatures ? ClinicalAspectVocabulary.FeatureCount : 0);

    /// <summary>The featurizer settings in the sentiment model's terms.</summary>
    internal HashedSentimentManifest Featurizer => new() { HashBits = HashBits, WordNgrams = WordNgrams, MinCharNgram = MinCharNgram, MaxCharNgram = MaxCharNgram };

    /// <summary>Whether a sentiment model with these settings makes exactly the features (before vocabulary) these heads read.</summary>
    public bool SameFeatures(HashedSentimentManifest? sentiment, PreprocessingOptions? preprocessing) =>
        sentiment is not null && preprocessing is not null
        && sentiment.HashBits == HashBits && sentiment.WordNgrams == WordNgrams
        && sentiment.MinCharNgram == MinCharNgram && sentiment.MaxCharNgram == MaxCharNgram
        && preprocessing == Preprocessing;

    /// <summary>Whether two head zips featurise alike (so one featurisation serves both).</summary>
    public bool SameFeatures(HashedHeadsManifest other) =>
        other is not null && SameFeatures(other.Featurizer, other.Preprocessing) && other.VocabularyFeatures == VocabularyFeatures;

    /// <summary>The settings of the hashed sentiment model zip at <paramref name="path"/>.</summary>
    public static HashedHeadsManifest FromSentimentModel(string path)
    {
        ModelManifest sentiment = ModelBundle.ReadManifest(path);
        HashedSentimentManifest hashed = sentiment.Hashed is { } h && sentiment.Task == Data.ModelTask.Sentiment
            ? h : throw new ArgumentException($"{path} is not a hashed-feature sentiment model (needed by --features-from)", "request");
        using FileStream stream = File.OpenRead(path);
        return new HashedHeadsManifest
        {
            HashBits = hashed.HashBits,
            WordNgrams = hashed.WordNgrams,
            MinCharNgram = hashed.MinCharNgram,
            MaxCharNgram = hashed.MaxCharNgram,
            Preprocessing = sentiment.Heads[0].Options.Preprocessing,
            SentimentModel = sentiment.Version,
            SentimentSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)),
        };
    }

    public string Describe() =>
        $"the features of {(SentimentModel.Length > 0 ? SentimentModel : "a hashed sentiment model")} ({Preprocessing.Describe()}; 2^{HashBits} hash buckets: word 1-{WordNgrams}grams, "
        + $"char {(MinCharNgram == MaxCharNgram ? $"{MaxCharNgram}" : $"{MinCharNgram}-{MaxCharNgram}")}-grams, TF, L2-normalised; + 7 lexicon features)"
        + (VocabularyFeatures ? " + 7 clinical-vocabulary features" : "");
}
