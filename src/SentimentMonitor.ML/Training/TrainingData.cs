using System.Security.Cryptography;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.ML.Training;

/// <summary>Reads the training and validation files of a request and summarises them for the card.</summary>
internal static class TrainingData
{
    public static (List<(LabeledText Row, float Weight)> Rows, List<DataFileSummary> Summaries) Load(IReadOnlyList<TrainingFile> files, ModelTask task)
    {
        List<(LabeledText, float)> rows = [];
        List<DataFileSummary> summaries = [];
        foreach (TrainingFile file in files)
        {
            IReadOnlyList<LabeledText> read = LabeledTextReader.Read(file.Path, task);
            rows.AddRange(read.Select(r => (r, file.Weight)));
            summaries.Add(Summarize(file.Path, file.Weight, read, task));
        }
        return (rows, summaries);
    }

    public static DataFileSummary Summarize(string path, float weight, IReadOnlyList<LabeledText> rows, ModelTask task)
    {
        SortedDictionary<string, int> perLabel = new(StringComparer.Ordinal);
        foreach (LabeledText row in rows)
        {
            IEnumerable<string> labels = task == ModelTask.Aspects
                ? row.Label.Length == 0 ? ["(none)"] : row.Label.Split(',')
                : [row.Label];
            foreach (string label in labels)
                perLabel[label] = perLabel.GetValueOrDefault(label) + 1;
        }
        return new DataFileSummary(path, Sha256(path), weight, rows.Count, perLabel);
    }

    private static string Sha256(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
