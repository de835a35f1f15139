using System.Text.Json;
using SentimentMonitor.ML.Evaluation;

namespace SentimentMonitor.Cli.Commands;

/// <summary>The JSON shapes of <c>evaluate --json</c>: snake_case keys as documented in the README.</summary>
public static class MetricsJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Classification(ClassificationReport r) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["count"] = r.Count,
        ["accuracy"] = r.Accuracy,
        ["macro_recall"] = r.MacroRecall,
        ["macro_f1"] = r.MacroF1,
        ["per_class"] = r.PerClass.ToDictionary(kv => kv.Key, kv => Scores(kv.Value)),
        ["confusion"] = r.Confusion,
    }, Options);

    public static string Aspects(AspectReport r) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["count"] = r.Count,
        ["micro_f1"] = r.MicroF1,
        ["macro_f1"] = r.MacroF1,
        ["per_aspect"] = r.PerAspect.ToDictionary(kv => kv.Key, kv => Scores(kv.Value)),
    }, Options);

    private static Dictionary<string, object> Scores(ClassScores s) => new()
    {
        ["precision"] = s.Precision,
        ["recall"] = s.Recall,
        ["f1"] = s.F1,
        ["support"] = s.Support,
    };
}
