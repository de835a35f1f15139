namespace SentimentMonitor.ML.Hashing;

/// <summary>One variant of the hashed sentiment stack: featurizer, regularisation and how the stacker is trained.</summary>
internal sealed record HashedStackOptions
{
    public HashedSentimentManifest Featurizer { get; init; } = new();

    /// <summary>How the shipped model combines its heads (the other combinations are reported beside it).</summary>
    public SentimentCombination Combination { get; init; } = SentimentCombination.GatedAverage;

    /// <summary>L2 of the general head (L-BFGS maxent, L1 = 0).</summary>
    public float GeneralL2 { get; init; } = 1f;

    /// <summary>Candidate L2s of the domain head; the one with the best out-of-fold macro-F1 on the domain training data wins.</summary>
    public IReadOnlyList<float> DomainL2 { get; init; } = [0.1f, 0.3f, 1f];

    /// <summary>Weight of general rows (the gate's sample) in the domain head's training, as a share of the domain rows' total; 0 = domain rows only.</summary>
    public double DomainGeneralShare { get; init; }

    /// <summary>
    /// Per extra domain file (<c>--domain-extra</c>, in order; e.g. other labelled health or citation sentiment): its
    /// weight in the domain head's training as a share of the domain rows' total; missing or 0 = not used.
    /// </summary>
    public IReadOnlyList<double> ExtraShares { get; init; } = [];

    /// <summary>Fit the domain head on NB (log-count-ratio) scaled features (see <see cref="NbFeatureScaling"/>).</summary>
    public bool NbDomain { get; init; }

    /// <summary>Fit the general head on NB (log-count-ratio) scaled features.</summary>
    public bool NbGeneral { get; init; }

    /// <summary>Share of the general training file kept out of the general head to train the stacker on.</summary>
    public double SliceFraction { get; init; } = 0.1;

    /// <summary>
    /// After the stacker, blend weight and offsets are fitted (on the slice the general head never saw), refit the
    /// general head on the whole general file, slice included, for the shipped model.
    /// </summary>
    public bool RefitGeneralOnAll { get; init; }

    /// <summary>Folds over the domain training data for out-of-fold domain and gate predictions.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>General posts (from the general head's own training part) that teach the gate what "not about a study" looks like.</summary>
    public int GateSample { get; init; } = 3000;

    /// <summary>Share of the stacker's total example weight given to the domain rows (the rest to the general slice).</summary>
    public double DomainShare { get; init; } = 0.5;

    /// <summary>L2 of the stacker (measured: 0.1 beat 1 on both validation files, see docs/sentiment-v2-candidate.md).</summary>
    public float StackerL2 { get; init; } = 0.1f;

    /// <summary>Tune per-class decision offsets on the stacker's (training-only) rows.</summary>
    public bool TuneOffsets { get; init; } = true;

    public string Describe() =>
        $"2^{Featurizer.HashBits} buckets, word 1-{Featurizer.WordNgrams}grams, char {(Featurizer.MinCharNgram == Featurizer.MaxCharNgram ? $"{Featurizer.MaxCharNgram}" : $"{Featurizer.MinCharNgram}-{Featurizer.MaxCharNgram}")}-grams; "
        + $"general L2={GeneralL2.ToString("0.###", Inv)}; domain L2 from {{{string.Join(", ", DomainL2.Select(l => l.ToString("0.###", Inv)))}}} by {Folds}-fold CV; {(DomainGeneralShare > 0 ? $"domain head also sees {GateSample} general rows at {DomainGeneralShare.ToString("0.##", Inv)}× the domain weight; " : "")}"
        + $"{(ExtraShares.Any(x => x > 0) ? $"extra domain files at [{string.Join(", ", ExtraShares.Select(x => x.ToString("0.##", Inv)))}]× the domain weight; " : "")}{(NbDomain ? "NB-weighted domain head; " : "")}{(NbGeneral ? "NB-weighted general head; " : "")}"
        + $"stacker on a {SliceFraction.ToString("0%", Inv)} slice of the general file + out-of-fold domain rows (domain share {DomainShare.ToString("0.##", Inv)}, L2 {StackerL2.ToString("0.###", Inv)}); "
        + $"offsets {(TuneOffsets ? "tuned on those training rows" : "off")}{(RefitGeneralOnAll ? "; general head then refit on 100 % of the general file" : "")}";

    private static System.Globalization.CultureInfo Inv => System.Globalization.CultureInfo.InvariantCulture;
}
