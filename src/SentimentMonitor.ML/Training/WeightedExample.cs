namespace SentimentMonitor.ML.Training;

/// <summary>A training example: label (for aspects: "true"/"false" per head), text and file weight.</summary>
internal readonly record struct WeightedExample(string Label, string Text, float Weight);
