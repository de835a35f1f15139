namespace SentimentMonitor.ML.Text;

/// <summary>A post ready for a model: normalised text, lexicon features and clinical-vocabulary hits (one per aspect).</summary>
internal readonly record struct PreparedPost(string Text, float[] Lexicon, float[] Rules);
