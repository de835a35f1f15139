namespace SentimentMonitor.ML.Training;

/// <summary>What the model card says about one data file: path, sha256, weight and rows per label.</summary>
public sealed record DataFileSummary(string Path, string Sha256, float Weight, int Rows, IReadOnlyDictionary<string, int> PerLabel);
