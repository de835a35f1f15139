using SentimentMonitor.ML.Models;

namespace SentimentMonitor.ML.Training;

/// <summary>What <c>train</c> produced: the manifest, the card path, validation scores and the experiments table.</summary>
public sealed record TrainingResult(
    ModelManifest Manifest,
    string ModelPath,
    string CardPath,
    IReadOnlyList<DataFileSummary> Data,
    IReadOnlyList<ValidationScore> Validation,
    IReadOnlyList<ExperimentRow> Experiments,
    TimeSpan Duration,
    string PipelineDescription);
