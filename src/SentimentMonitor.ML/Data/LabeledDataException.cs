namespace SentimentMonitor.ML.Data;

/// <summary>A labelled data file that cannot be used: names the file and 1-based line.</summary>
public sealed class LabeledDataException(string file, long line, string reason)
    : Exception(line > 0 ? $"{file}:{line}: {reason}" : $"{file}: {reason}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
}
