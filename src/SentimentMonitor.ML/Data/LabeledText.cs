namespace SentimentMonitor.ML.Data;

/// <summary>One line of a labelled corpus: the label field as written, the text, and where it came from.</summary>
public sealed record LabeledText(string Label, string Text, string File, long Line);
