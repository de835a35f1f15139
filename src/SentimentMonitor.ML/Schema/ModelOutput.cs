using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Schema;

/// <summary>What a head predicts for one row: the label and one probability per class (in the head's label order).</summary>
internal sealed class ModelOutput
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
