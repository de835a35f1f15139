using System.Text;
using SentimentMonitor.ML.Evaluation;

namespace SentimentMonitor.Cli.Commands;

/// <summary>Human-readable tables for <c>evaluate</c>.</summary>
public static class MetricsText
{
    public static string Classification(ClassificationReport r)
    {
        StringBuilder sb = new();
        sb.AppendLine($"posts: {r.Count}   accuracy: {r.Accuracy:0.000}   macro-recall: {r.MacroRecall:0.000}   macro-F1: {r.MacroF1:0.000}");
        sb.AppendLine();
        sb.AppendLine($"{"class",-12} {"precision",9} {"recall",9} {"f1",9} {"support",8}");
        foreach ((string label, ClassScores s) in r.PerClass)
            sb.AppendLine($"{label,-12} {s.Precision,9:0.000} {s.Recall,9:0.000} {s.F1,9:0.000} {s.Support,8}");
        sb.AppendLine();
        sb.AppendLine("confusion (rows: true, columns: predicted)");
        sb.AppendLine($"{"",-12} {string.Join(" ", r.Confusion.Keys.Select(k => $"{k,9}"))}");
        foreach ((string label, IReadOnlyDictionary<string, int> row) in r.Confusion)
            sb.AppendLine($"{label,-12} {string.Join(" ", row.Values.Select(v => $"{v,9}"))}");
        return sb.ToString().TrimEnd();
    }

    public static string Aspects(AspectReport r)
    {
        StringBuilder sb = new();
        sb.AppendLine($"posts: {r.Count}   micro-F1: {r.MicroF1:0.000}   macro-F1: {r.MacroF1:0.000}");
        sb.AppendLine();
        sb.AppendLine($"{"aspect",-22} {"precision",9} {"recall",9} {"f1",9} {"support",8}");
        foreach ((string aspect, ClassScores s) in r.PerAspect)
            sb.AppendLine($"{aspect,-22} {s.Precision,9:0.000} {s.Recall,9:0.000} {s.F1,9:0.000} {s.Support,8}");
        return sb.ToString().TrimEnd();
    }
}
