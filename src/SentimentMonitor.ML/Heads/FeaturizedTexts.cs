using Microsoft.ML;
using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Heads;

/// <summary>A fitted featurizer and the Features vectors it made for a list of texts (same order), of length <see cref="Dimension"/>.</summary>
internal sealed record FeaturizedTexts(ITransformer Featurizer, VBuffer<float>[] Vectors, int Dimension);
