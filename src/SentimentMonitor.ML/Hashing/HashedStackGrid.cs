namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// The hashed stack's recipe and the variants <c>train --experiments</c> measures. The recipe's fit is also scored
/// with every simpler combination of its heads (general only, domain only, average, gate-weighted mixture, stack
/// without offsets), which costs no extra training.
/// </summary>
internal static class HashedStackGrid
{
    public static HashedStackOptions Recipe { get; } = new();

    /// <summary>
    /// The session-3 grid (the v2 grid — general L2 0.3/3, stacker domain share 0.3/0.7, 2^20 buckets — is recorded in
    /// models/sentiment-v2.md). Extra-file shares refer to the <c>--domain-extra</c> files in order.
    /// </summary>
    public static IReadOnlyList<(string Name, HashedStackOptions Options)> Variants()
    {
        // Domain L2 fixed at 0.1 (chosen by 5-fold CV for v2 on this corpus) so each variant costs one domain fit, not three.
        HashedStackOptions r = Recipe with { DomainL2 = [0.1f] };
        return
        [
            ("recipe (domain L2 0.1)", r),
            ("NB-weighted domain head", r with { NbDomain = true, DomainL2 = [0.1f, 0.3f] }),
            ("extra file 1 at 0.3", r with { ExtraShares = [0.3] }),
            ("extra file 2 at 0.3", r with { ExtraShares = [0, 0.3] }),
            ("extra file 3 at 0.3", r with { ExtraShares = [0, 0, 0.3] }),
            ("general head refit on 100 %", r with { RefitGeneralOnAll = true }),
            ("NB-weighted general head", r with { NbGeneral = true }),
            ("word 1-3 grams", r with { Featurizer = r.Featurizer with { WordNgrams = 3 } }),
            ("char 2-4-grams", r with { Featurizer = r.Featurizer with { MinCharNgram = 2, MaxCharNgram = 4 } }),
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
        ("gated average", SentimentCombination.GatedAverage, false),
        ("gated blend, α tuned on training rows", SentimentCombination.GatedBlend, false),
        ("stack, no offsets", SentimentCombination.Stack, false),
        ("stack + tuned offsets", SentimentCombination.Stack, true),
    ];
}
