using Microsoft.ML.Data;
using SentimentMonitor.ML.Aspects;
using SentimentMonitor.ML.Lexicon;

namespace SentimentMonitor.ML.Schema;

/// <summary>One row as the ML.NET pipeline reads it: prepared text, lexicon features, label and example weight.</summary>
internal sealed class ModelInput
{
    public string Text { get; set; } = "";

    [VectorType(LexiconFeatures.Count)]
    public float[] Lex { get; set; } = new float[LexiconFeatures.Count];

    [VectorType(ClinicalAspectVocabulary.FeatureCount)]
    public float[] Rules { get; set; } = new float[ClinicalAspectVocabulary.FeatureCount];

    /// <summary>Empty at prediction time.</summary>
    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1f;
}
