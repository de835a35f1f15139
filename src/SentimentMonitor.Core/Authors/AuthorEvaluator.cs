using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Authors;

/// <summary>Computes <see cref="AuthorMetrics"/> from gold labels and predictions in the same order.</summary>
public static class AuthorEvaluator
{
    public static AuthorMetrics Score(IReadOnlyList<AuthorGoldLabel> gold, IReadOnlyList<AuthorClassification> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
            throw new ArgumentException($"{gold.Count} gold labels but {predicted.Count} predictions", nameof(predicted));
        if (gold.Count == 0)
            throw new ArgumentException("no labeled lines to evaluate", nameof(gold));

        int correct = 0, clinicians = 0, specialtyCorrect = 0;
        Dictionary<string, Dictionary<string, int>> confusion = [];
        for (int i = 0; i < gold.Count; i++)
        {
            AuthorRole truth = gold[i].Role, guess = predicted[i].Role;
            if (truth == guess)
                correct++;
            string row = DomainSlugs.Slug(truth), column = DomainSlugs.Slug(guess);
            if (!confusion.TryGetValue(row, out Dictionary<string, int>? cells))
                confusion[row] = cells = [];
            cells[column] = cells.GetValueOrDefault(column) + 1;
            if (truth == AuthorRole.Clinician)
            {
                clinicians++;
                if (guess == AuthorRole.Clinician && predicted[i].Specialty == gold[i].Specialty)
                    specialtyCorrect++;
            }
        }

        IEnumerable<AuthorRole> roles = gold.Select(g => g.Role).Concat(predicted.Select(p => p.Role)).Distinct();
        double macroF1 = roles.Select(r => F1(gold, predicted, r).F1).Average();
        (double precision, double recall, _) = F1(gold, predicted, AuthorRole.Clinician);
        return new AuthorMetrics(
            gold.Count,
            (double)correct / gold.Count,
            macroF1,
            precision,
            recall,
            clinicians == 0 ? 0 : (double)specialtyCorrect / clinicians,
            confusion.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value));
    }

    private static (double Precision, double Recall, double F1) F1(IReadOnlyList<AuthorGoldLabel> gold, IReadOnlyList<AuthorClassification> predicted, AuthorRole role)
    {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            bool isTrue = gold[i].Role == role, isPredicted = predicted[i].Role == role;
            if (isTrue && isPredicted) tp++;
            else if (isPredicted) fp++;
            else if (isTrue) fn++;
        }
        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }
}
