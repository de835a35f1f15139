using Microsoft.ML.Data;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.ML.Hashing;

/// <summary>
/// Trains the hashed sentiment stack: a general head on most of the general file, a domain head and a gate with
/// K-fold out-of-fold predictions on the domain file, then a stacker (and decision offsets) on the general slice
/// the general head never saw plus the out-of-fold domain rows. Nothing here looks at validation files.
/// </summary>
/// <param name="extras">Extra domain files (other labelled health or citation sentiment), used only as extra domain-head rows.</param>
internal sealed class HashedStackTrainer(HashedHeadFitter fitter, int seed, Action<string> report, IReadOnlyList<IReadOnlyList<LabeledText>>? extras = null)
{
    private const string Study = "study", General = "general";

    // Fits shared between variants, keyed by every option they depend on.
    private readonly Dictionary<string, FittedHead> _generalHeads = [];
    private readonly Dictionary<string, DomainFit> _domainFits = [];
    private readonly Dictionary<string, FittedHead> _gates = [];
    private readonly IReadOnlyList<IReadOnlyList<LabeledText>> _extras = extras ?? [];

    public HashedStack Fit(HashedStackOptions options, IReadOnlyList<LabeledText> general, IReadOnlyList<LabeledText> domain)
    {
        HashedSentimentManifest f = options.Featurizer;
        int dimension = fitter.Dimension(f);
        (List<int> slice, List<int> rest) = Split(general.Count, options.SliceFraction);
        List<int> gateSample = rest.Take(options.GateSample).ToList();

        string featurizerKey = $"{f.HashBits}/{f.WordNgrams}/{f.MinCharNgram}/{f.MaxCharNgram}";
        string generalKey = $"{featurizerKey}/{options.GeneralL2}/{options.NbGeneral}/{options.SliceFraction}";
        if (!_generalHeads.TryGetValue(generalKey, out FittedHead? generalHead))
        {
            report($"general head: {rest.Count} rows, 2^{f.HashBits} buckets, L2 {options.GeneralL2}{(options.NbGeneral ? ", NB-weighted" : "")}");
            generalHead = FitHead(HashedHeadFitter.Balanced(rest.Select(i => (general[i].Label, fitter.Features(f, general[i].Text))).ToList()), f, options.GeneralL2, options.NbGeneral);
            _generalHeads[generalKey] = generalHead;
        }
        string domainKey = $"{featurizerKey}/{string.Join(",", options.DomainL2)}/{options.DomainGeneralShare}/{string.Join(",", options.ExtraShares)}/{options.NbDomain}/{options.Folds}/{options.GateSample}";
        if (!_domainFits.TryGetValue(domainKey, out DomainFit? domainFit))
            _domainFits[domainKey] = domainFit = FitDomain(options, dimension, general, gateSample, domain, generalHead);

        // Stacker rows: head probabilities on the general slice (no head saw it) and out-of-fold on the domain file.
        LinearHeadSet full = new(dimension, [(generalHead.Weights, generalHead.Biases), (domainFit.Domain.Weights, domainFit.Domain.Biases), (domainFit.Gate.Weights, domainFit.Gate.Biases)]);
        List<float[]> sliceFeatures = slice.Select(i => StackRow(full, fitter.Features(f, general[i].Text))).ToList();
        List<float[]> domainFeatures = domain.Select((d, i) => StackRowOutOfFold(full, fitter.Features(f, d.Text), domainFit, i)).ToList();
        List<string> sliceTruth = slice.Select(i => general[i].Label).ToList();
        List<string> domainTruth = domain.Select(d => d.Label).ToList();
        int total = slice.Count + domain.Count;
        List<SparseRow> stackRows = [
            .. StackRows(sliceFeatures, sliceTruth, (1 - options.DomainShare) * total),
            .. StackRows(domainFeatures, domainTruth, options.DomainShare * total)];
        FittedHead stacker = fitter.Fit(stackRows, StackFeatures.Count, options.StackerL2);

        (float alpha, double blendObjective) = BlendWeightTuner.Tune(sliceFeatures, sliceTruth, domainFeatures, domainTruth);
        report($"blend domain weight α {alpha:0.00} (training-side objective {blendObjective:0.0000})");

        float[] offsets = [0, 0, 0];
        if (options.TuneOffsets)
        {
            LinearHeadSet stack = new(StackFeatures.Count, [(stacker.Weights, stacker.Biases)]);
            offsets = StackOffsetTuner.Tune(sliceFeatures.Select(x => Raw(stack, x)).ToList(), sliceTruth,
                domainFeatures.Select(x => Raw(stack, x)).ToList(), domainTruth);
        }
        if (options.RefitGeneralOnAll)
        {
            string allKey = $"{featurizerKey}/{options.GeneralL2}/{options.NbGeneral}/all";
            if (!_generalHeads.TryGetValue(allKey, out FittedHead? all))
            {
                report($"general head refit on all {general.Count} rows");
                all = FitHead(HashedHeadFitter.Balanced(general.Select(g => (g.Label, fitter.Features(f, g.Text))).ToList()), f, options.GeneralL2, options.NbGeneral);
                _generalHeads[allKey] = all;
            }
            generalHead = all;
        }
        report($"domain L2 {domainFit.L2} (out-of-fold macro-F1 {domainFit.OutOfFoldF1:0.000}); offsets [{string.Join(", ", offsets.Select(o => o.ToString("0.00")))}]");
        return new HashedStack(options, f with { Offsets = offsets, DomainWeight = alpha }, fitter.Preprocessing, generalHead, domainFit.Domain, domainFit.Gate, stacker,
            domainFit.L2, domainFit.OutOfFoldF1);
    }

    private DomainFit FitDomain(HashedStackOptions options, int dimension, IReadOnlyList<LabeledText> general, List<int> gateSample,
        IReadOnlyList<LabeledText> domain, FittedHead generalHead)
    {
        HashedSentimentManifest f = options.Featurizer;
        int[] fold = Folds(domain.Count, options.Folds);
        List<(string Label, VBuffer<float> Features)> gateGeneral = gateSample.Select(i => (General, fitter.Features(f, general[i].Text))).ToList();
        List<(string Label, VBuffer<float> Features)> generalSentiment = gateSample.Select(i => (general[i].Label, fitter.Features(f, general[i].Text))).ToList();
        float[][] study = new float[domain.Count][];
        Dictionary<float, float[][]> domainProbabilities = options.DomainL2.ToDictionary(l => l, _ => new float[domain.Count][]);
        for (int k = 0; k < options.Folds; k++)
        {
            report($"domain fold {k + 1}/{options.Folds}");
            List<int> train = Enumerable.Range(0, domain.Count).Where(i => fold[i] != k).ToList();
            List<int> held = Enumerable.Range(0, domain.Count).Where(i => fold[i] == k).ToList();
            string gateKey = $"{f.HashBits}/{f.WordNgrams}/{f.MinCharNgram}/{f.MaxCharNgram}/{options.GateSample}/{options.Folds}/{k}";
            if (!_gates.TryGetValue(gateKey, out FittedHead? gate))
                _gates[gateKey] = gate = fitter.Fit(HashedHeadFitter.Balanced([.. train.Select(i => (Study, fitter.Features(f, domain[i].Text))), .. gateGeneral]), dimension, 1f);
            foreach (float l2 in options.DomainL2)
            {
                FittedHead head = FitHead(DomainRows(train.Select(i => domain[i]), f, generalSentiment, options), f, l2, options.NbDomain);
                LinearHeadSet set = new(dimension, [(generalHead.Weights, generalHead.Biases), (head.Weights, head.Biases), (gate.Weights, gate.Biases)]);
                foreach (int i in held)
                {
                    VBuffer<float> x = fitter.Features(f, domain[i].Text);
                    float[] g = new float[3], d = new float[3];
                    HashedSentimentModel.HeadProbabilities(set, x.GetIndices(), x.GetValues(), g, d, out float s);
                    domainProbabilities[l2][i] = d;
                    study[i] = [s];
                }
            }
        }
        float bestL2 = options.DomainL2[0];
        double bestF1 = -1;
        foreach (float l2 in options.DomainL2)
        {
            string[] predicted = domainProbabilities[l2].Select(p => LabeledTextReader.SentimentLabels[Array.IndexOf(p, p.Max())]).ToArray();
            double f1 = Evaluation.MetricsCalculator.Classification(LabeledTextReader.SentimentLabels, domain.Select(d => d.Label).ToArray(), predicted).MacroF1;
            report($"  domain L2 {l2}: out-of-fold macro-F1 {f1:0.000}");
            if (f1 > bestF1)
                (bestL2, bestF1) = (l2, f1);
        }
        report("domain head and gate on all domain rows");
        FittedHead domainHead = FitHead(DomainRows(domain, f, generalSentiment, options), f, bestL2, options.NbDomain);
        string fullGateKey = $"{f.HashBits}/{f.WordNgrams}/{f.MinCharNgram}/{f.MaxCharNgram}/{options.GateSample}/all";
        if (!_gates.TryGetValue(fullGateKey, out FittedHead? fullGate))
            _gates[fullGateKey] = fullGate = fitter.Fit(HashedHeadFitter.Balanced([.. domain.Select(d => (Study, fitter.Features(f, d.Text))), .. gateGeneral]), dimension, 1f);
        return new DomainFit(domainHead, fullGate, bestL2, bestF1, domainProbabilities[bestL2], study.Select(s => s[0]).ToArray());
    }

    /// <summary>
    /// The domain head's rows: the domain posts, class-balanced, plus (when DomainGeneralShare &gt; 0) the general
    /// sample with its sentiment labels, class-balanced, weighing DomainGeneralShare × the domain total — so the head
    /// still knows plainly worded praise and criticism that a small domain corpus under-covers — plus each extra file
    /// with a positive share, class-balanced, weighing its share × the domain total.
    /// </summary>
    private List<SparseRow> DomainRows(IEnumerable<LabeledText> rows, HashedSentimentManifest f, List<(string Label, VBuffer<float> Features)> generalSentiment, HashedStackOptions options)
    {
        List<(string, VBuffer<float>)> own = rows.Select(d => (d.Label, fitter.Features(f, d.Text))).ToList();
        List<SparseRow> result = HashedHeadFitter.Balanced(own);
        if (options.DomainGeneralShare > 0 && generalSentiment.Count > 0)
            result.AddRange(HashedHeadFitter.Balanced(generalSentiment, options.DomainGeneralShare * own.Count / generalSentiment.Count));
        for (int e = 0; e < Math.Min(_extras.Count, options.ExtraShares.Count); e++)
        {
            IReadOnlyList<LabeledText> extra = _extras[e];
            double share = options.ExtraShares[e];
            if (share > 0)
            {
                // Classes with under 5 % of a file's rows (e.g. 8 neutral of 998) are left out rather than blown up by balancing.
                List<(string, VBuffer<float>)> kept = extra.GroupBy(e => e.Label).Where(g => g.Count() >= 0.05 * extra.Count)
                    .SelectMany(g => g).Select(e => (e.Label, fitter.Features(f, e.Text))).ToList();
                if (kept.Count > 0)
                    result.AddRange(HashedHeadFitter.Balanced(kept, share * own.Count / kept.Count));
            }
        }
        return result;
    }

    /// <summary>Fits one head, NB-weighted when asked (the scales are folded into the returned weights).</summary>
    private FittedHead FitHead(List<SparseRow> rows, HashedSentimentManifest f, float l2, bool nb)
    {
        int dimension = fitter.Dimension(f);
        if (!nb)
            return fitter.Fit(rows, dimension, l2);
        float[] scales = NbFeatureScaling.Scales(rows, HashedSentimentModel.Featurizer(f).Buckets, dimension, LabeledTextReader.SentimentLabels);
        return NbFeatureScaling.Fold(fitter.Fit(NbFeatureScaling.Scale(rows, scales), dimension, l2), scales);
    }

    private static float[] StackRow(LinearHeadSet heads, VBuffer<float> x)
    {
        float[] g = new float[3], d = new float[3], features = new float[StackFeatures.Count];
        HashedSentimentModel.HeadProbabilities(heads, x.GetIndices(), x.GetValues(), g, d, out float study);
        StackFeatures.Compute(g, d, study, features);
        return features;
    }

    // The general head never saw domain rows; the domain head and the gate come from the fold that left row i out.
    private static float[] StackRowOutOfFold(LinearHeadSet full, VBuffer<float> x, DomainFit fit, int i)
    {
        float[] g = new float[3], unused = new float[3], features = new float[StackFeatures.Count];
        HashedSentimentModel.HeadProbabilities(full, x.GetIndices(), x.GetValues(), g, unused, out _);
        StackFeatures.Compute(g, fit.OutOfFold[i], fit.OutOfFoldStudy[i], features);
        return features;
    }

    /// <summary>Rows of one group whose weights sum to <paramref name="groupWeight"/>, split equally between its classes.</summary>
    private static IEnumerable<SparseRow> StackRows(List<float[]> features, List<string> truth, double groupWeight)
    {
        if (features.Count == 0)
            return [];
        Dictionary<string, int> counts = truth.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        return features.Select((x, i) => new SparseRow
        {
            Label = truth[i],
            Features = new VBuffer<float>(x.Length, x),
            Weight = (float)(groupWeight / (counts.Count * (double)counts[truth[i]])),
        });
    }

    private static float[] Raw(LinearHeadSet stack, float[] x)
    {
        float[] scores = new float[stack.Stride];
        stack.Score(Enumerable.Range(0, x.Length).ToArray(), x, scores);
        return scores[..3];
    }

    private (List<int> Slice, List<int> Others) Split(int count, double fraction)
    {
        int[] order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        int n = (int)Math.Round(count * fraction);
        return (order[..n].Order().ToList(), order[n..].ToList());
    }

    private int[] Folds(int count, int folds)
    {
        int[] order = Enumerable.Range(0, count).ToArray();
        new Random(seed + 1).Shuffle(order);
        int[] fold = new int[count];
        for (int i = 0; i < order.Length; i++)
            fold[order[i]] = i % folds;
        return fold;
    }

    private sealed record DomainFit(FittedHead Domain, FittedHead Gate, float L2, double OutOfFoldF1, float[][] OutOfFold, float[] OutOfFoldStudy);
}
