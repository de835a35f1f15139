using SentimentMonitor.ML.Data;

namespace SentimentMonitor.ML.Training;

/// <summary>What <c>train</c> was asked to do.</summary>
public sealed record TrainingRequest
{
    public required ModelTask Task { get; init; }
    public required IReadOnlyList<TrainingFile> Data { get; init; }
    /// <summary>
    /// Domain files (posts about studies). With any, a sentiment model is the hashed stack: a general head on
    /// <see cref="Data"/>, a domain head on these, a gate and a stacker (file weights are not used there).
    /// </summary>
    public IReadOnlyList<TrainingFile> Domain { get; init; } = [];
    /// <summary>
    /// Extra labelled files for the domain head only (e.g. citation or health-tweet sentiment); how much each weighs is
    /// set by the hashed stack's options (recipe: not used unless its share is positive).
    /// </summary>
    public IReadOnlyList<TrainingFile> DomainExtra { get; init; } = [];
    public IReadOnlyList<string> Validation { get; init; } = [];
    /// <summary>Path of the model zip; the card goes next to it with the .md extension.</summary>
    public required string OutPath { get; init; }
    /// <summary>Model version recorded in the zip; default: the zip's file name without extension.</summary>
    public string? Version { get; init; }
    public int Seed { get; init; } = 1;
    /// <summary>Pipeline to train; default: the task's shipped recipe.</summary>
    public TextPipelineOptions? Options { get; init; }
    /// <summary>Hashed stack variant to train instead of its recipe (tests use a small, fast one).</summary>
    internal Hashing.HashedStackOptions? Hashed { get; init; }
    /// <summary>
    /// Evaluating and aspects only: a hashed sentiment model zip whose featurisation the heads are trained on (v3 layout),
    /// so that at prediction one featurisation per post serves sentiment and these heads.
    /// </summary>
    public string? FeaturesFrom { get; init; }
    /// <summary>Run the task's experiment grid on the validation files first and keep the best variant.</summary>
    public bool Experiments { get; init; }
}
