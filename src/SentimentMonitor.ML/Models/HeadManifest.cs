using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Models;

/// <summary>
/// One head inside a model zip: its entry name, the options it was trained with, its labels and decision threshold;
/// for aspect heads under <see cref="AspectMode.PerHead"/>, whether the aspect's vocabulary rule also switches it on.
/// </summary>
public sealed record HeadManifest(string Name, TextPipelineOptions Options, IReadOnlyList<string> Labels, float Threshold = 0.5f, bool OrRule = false);
