namespace SentimentMonitor.ML.Prediction;

/// <summary>One head's output for one post: the best label and the probability of every label (head label order).</summary>
internal readonly record struct HeadPrediction(string Label, float[] Scores);
