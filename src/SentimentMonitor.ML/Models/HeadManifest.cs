using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Models;

/// <summary>One head inside a model zip: its entry name, the options it was trained with and its labels.</summary>
public sealed record HeadManifest(string Name, TextPipelineOptions Options, IReadOnlyList<string> Labels, float Threshold = 0.5f);
