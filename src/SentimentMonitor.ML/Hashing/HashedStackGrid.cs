namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// The hashed stack's recipe and the variants <c>train --experiments</c> measures. The recipe's fit is also scored
/// with every simpler combination of its heads (general only, domain only, average, gate-weighted mixture, stack
/// without offsets), which costs no extra training.
/// </summary>
internal static class HashedStackGrid
{
    public static HashedStackOptions Recipe { get; } = new();

    public static IReadOnlyList<(string Name, HashedStackOptions Options)> Variants()
    {
        HashedStackOptions r = Recipe;
        return
        [
            ("recipe", r),
            ("general head L2 = 0.3", r with { GeneralL2 = 0.3f }),
            ("general head L2 = 3", r with { GeneralL2 = 3f }),
            ("stacker domain share 0.3", r with { DomainShare = 0.3 }),
            ("stacker domain share 0.7", r with { DomainShare = 0.7 }),
            ("2^20 buckets", r with { Featurizer = r.Featurizer with { HashBits = 20 } }),
            ("char 2-4-grams", r with { Featurizer = r.Featurizer with { MinCharNgram = 2, MaxCharNgram = 4 } }),
            ("word 1-3 grams", r with { Featurizer = r.Featurizer with { WordNgrams = 3 } }),
        ];
    }

    /// <summary>Combinations reported for the recipe's fit besides the recipe itself.</summary>
    public static IReadOnlyList<(string Name, SentimentCombination Combination, bool Offsets)> Ablations { get; } =
    [
        ("general head only (general file)", SentimentCombination.General, false),
        ("domain head only (domain file)", SentimentCombination.Domain, false),
        ("average of general and domain", SentimentCombination.Average, false),
        ("product of general and domain", SentimentCombination.Product, false),
        ("gate-weighted mixture", SentimentCombination.Gated, false),
        ("stack, no offsets", SentimentCombination.Stack, false),
        ("stack + tuned offsets", SentimentCombination.Stack, true),
    ];
}
