using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Authors;

/// <summary>ML.NET output schema of the author model: the best label and one score per label.</summary>
internal sealed class AuthorBioScore
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
