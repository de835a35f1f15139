using SentimentMonitor.ML.Data;

namespace SentimentMonitor.ML.Models;

/// <summary>
/// The <c>manifest.json</c> of a model zip: task, version (the model version reported on every prediction),
/// heads and, for aspects, how heads and rules combine. The zip also holds one ML.NET model per head.
/// </summary>
public sealed record ModelManifest
{
    public const string CurrentFormat = "sentimentmonitor-model/1";

    public string Format { get; init; } = CurrentFormat;
    public required ModelTask Task { get; init; }
    public required string Version { get; init; }
    public DateTimeOffset TrainedAt { get; init; }
    public required IReadOnlyList<HeadManifest> Heads { get; init; }
    public AspectMode AspectMode { get; init; } = AspectMode.Ml;

    /// <summary>Set when every head scores one shared featurizer's output (absent in older zips: one pipeline per head).</summary>
    public SharedFeaturesManifest? SharedFeatures { get; init; }

    /// <summary>Hashed-feature sentiment stack settings; null for models with ML.NET text featurisation.</summary>
    public Hashing.HashedSentimentManifest? Hashed { get; init; }

    /// <summary>
    /// Set when the heads read a hashed sentiment model's features (plus vocabulary features), so one featurisation
    /// can serve sentiment and these heads; null in other layouts.
    /// </summary>
    public Heads.HashedHeadsManifest? HashedHeads { get; init; }
}
