namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// The part of a sentiment model's manifest that describes the hashed-feature stack: featurizer settings, how the
/// heads combine, and per-class decision offsets (added to the final log-scores, label order of the heads).
/// Absent (null) in models trained with ML.NET text featurization, which load as before.
/// </summary>
public sealed record HashedSentimentManifest
{
    public int HashBits { get; init; } = 18;
    public int WordNgrams { get; init; } = 2;
    public int MinCharNgram { get; init; } = 3;
    public int MaxCharNgram { get; init; } = 3;
    public SentimentCombination Combination { get; init; } = SentimentCombination.Stack;
    public IReadOnlyList<float> Offsets { get; init; } = [0f, 0f, 0f];

    /// <summary>α of <see cref="SentimentCombination.GatedBlend"/>: the domain head's share on posts about studies.</summary>
    public float DomainWeight { get; init; } = 0.5f;

    public string Describe() =>
        $"hashed features (2^{HashBits} buckets: word 1-{WordNgrams}grams, char {(MinCharNgram == MaxCharNgram ? $"{MaxCharNgram}" : $"{MinCharNgram}-{MaxCharNgram}")}-grams, TF, L2-normalised, + lexicon); "
        + $"combination {Combination.ToString().ToLowerInvariant()}{(Combination == SentimentCombination.GatedBlend ? $" (domain weight α {DomainWeight.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})" : "")}; decision offsets [{string.Join(", ", Offsets.Select(o => o.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}]";
}
