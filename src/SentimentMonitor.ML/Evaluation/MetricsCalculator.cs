namespace SentimentMonitor.ML.Evaluation;

/// <summary>Computes classification and multi-label metrics from true and predicted labels (pure, no ML.NET).</summary>
public static class MetricsCalculator
{
    /// <summary>Single-label metrics over <paramref name="labels"/> (every label counts in the macro averages).</summary>
    public static ClassificationReport Classification(IReadOnlyList<string> labels, IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (truth.Count != predicted.Count)
            throw new ArgumentException($"{truth.Count} true labels but {predicted.Count} predictions");
        Dictionary<string, Dictionary<string, int>> confusion = labels.ToDictionary(l => l, _ => labels.ToDictionary(l => l, _ => 0));
        int correct = 0;
        for (int i = 0; i < truth.Count; i++)
        {
            if (!confusion.TryGetValue(truth[i], out Dictionary<string, int>? row))
                throw new ArgumentException($"true label '{truth[i]}' is not one of {string.Join(", ", labels)}");
            if (!row.ContainsKey(predicted[i]))
                throw new ArgumentException($"predicted label '{predicted[i]}' is not one of {string.Join(", ", labels)}");
            row[predicted[i]]++;
            if (truth[i] == predicted[i])
                correct++;
        }
        Dictionary<string, ClassScores> perClass = [];
        foreach (string label in labels)
        {
            int tp = confusion[label][label];
            int fn = confusion[label].Values.Sum() - tp;
            int fp = labels.Sum(other => confusion[other][label]) - tp;
            perClass[label] = ClassScores.From(tp, fp, fn);
        }
        return new ClassificationReport(
            truth.Count,
            ClassScores.Ratio(correct, truth.Count),
            perClass.Values.Average(s => s.Recall),
            perClass.Values.Average(s => s.F1),
            perClass,
            confusion.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value));
    }

    /// <summary>Multi-label metrics; each element of <paramref name="truth"/> and <paramref name="predicted"/> is one post's set.</summary>
    public static AspectReport MultiLabel(IReadOnlyList<string> aspects, IReadOnlyList<IReadOnlyCollection<string>> truth, IReadOnlyList<IReadOnlyCollection<string>> predicted)
    {
        if (truth.Count != predicted.Count)
            throw new ArgumentException($"{truth.Count} true label sets but {predicted.Count} predictions");
        Dictionary<string, ClassScores> perAspect = [];
        int tpAll = 0, fpAll = 0, fnAll = 0;
        List<double> macro = [];
        foreach (string aspect in aspects)
        {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < truth.Count; i++)
            {
                bool t = truth[i].Contains(aspect), p = predicted[i].Contains(aspect);
                if (t && p) tp++;
                else if (p) fp++;
                else if (t) fn++;
            }
            ClassScores scores = ClassScores.From(tp, fp, fn);
            perAspect[aspect] = scores;
            if (tp + fp + fn > 0)
                macro.Add(scores.F1);
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
        }
        return new AspectReport(truth.Count, ClassScores.From(tpAll, fpAll, fnAll).F1, macro.Count == 0 ? 0 : macro.Average(), perAspect);
    }
}
