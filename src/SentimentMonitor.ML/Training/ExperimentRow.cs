namespace SentimentMonitor.ML.Training;

/// <summary>One line of the experiments table in a model card: a variant, what it is, its scores and training time.</summary>
public sealed record ExperimentRow(string Name, string Description, IReadOnlyList<ValidationScore> Scores, double TrainSeconds)
{
    public double SelectionScore => Scores.Count == 0 ? 0 : Scores.Average(s => s.SelectionScore);
}
