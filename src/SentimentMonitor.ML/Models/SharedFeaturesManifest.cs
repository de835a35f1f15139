using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Models;

/// <summary>
/// A model zip whose heads all score one Features column made by a single featurizer (<c>heads/features.zip</c>).
/// <see cref="Id"/> is a hash of the featurizer's options and training texts: two zips with the same id have the
/// same featurizer, so the evaluating and aspects heads can be scored from one featurisation.
/// </summary>
public sealed record SharedFeaturesManifest(string Id, TextPipelineOptions Options)
{
    /// <summary>Entry name of the featurizer inside the zip (<c>heads/features.zip</c>).</summary>
    public const string Entry = "features";
}
