using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Evaluation;

namespace SentimentMonitor.Cli.Tests;

/// <summary>
/// <c>train</c> and <c>evaluate</c> for the evaluating and aspects tasks, in-process on the first 240 posts of the
/// domain corpus: the JSON metrics are those of the trained model's own predictions.
/// </summary>
public sealed class HeadsModelCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Slice(string file, int lines)
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SentimentMonitor.sln")))
            dir = dir.Parent;
        string path = Path.Combine(_cli.Folder, file);
        File.WriteAllLines(path, File.ReadLines(Path.Combine(dir!.FullName, "corpus", "posts", file)).Take(lines));
        return path;
    }

    [Fact]
    public async Task TrainThenEvaluateJson_Aspects_MetricsMatchTheModelsPredictions()
    {
        string data = Slice("aspects-train.tsv", 240);
        string model = Path.Combine(_cli.Folder, "models", "aspects-t1.zip");
        (int code, string output, string error) = await _cli.Run("train", "--task", "aspects", "--data", data, "--valid", data, "--out", model);
        Assert.True(code == 0, error);
        Assert.Contains("micro-F1", output);

        JsonElement json = await _cli.RunJson("evaluate", "--task", "aspects", "--data", data, "--model", model, "--json");

        string[] lines = File.ReadAllLines(data);
        MlNetAspectClassifier classifier = MlNetAspectClassifier.Load(model);
        IReadOnlyList<IReadOnlyList<Aspect>> predicted = classifier.Classify(lines.Select(l => new ClassificationInput(l[(l.IndexOf('\t') + 1)..])).ToArray());
        AspectReport expected = MetricsCalculator.MultiLabel(DomainSlugs.All<Aspect>(),
            lines.Select(l => (IReadOnlyCollection<string>)l[..l.IndexOf('\t')].Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray(),
            predicted.Select(p => (IReadOnlyCollection<string>)p.Select(DomainSlugs.Slug).ToArray()).ToArray());
        Assert.Equal(expected.MicroF1, json.GetProperty("micro_f1").GetDouble(), 12);
        Assert.Equal(expected.MacroF1, json.GetProperty("macro_f1").GetDouble(), 12);
        Assert.InRange(expected.MicroF1, 0.3, 1.0); // trained on these very posts: far above chance
    }

    [Fact]
    public async Task TrainThenEvaluateJson_Evaluating_MetricsMatchTheModelsPredictions()
    {
        string data = Slice("evaluating-train.tsv", 240);
        string model = Path.Combine(_cli.Folder, "models", "evaluating-t1.zip");
        (int code, _, string error) = await _cli.Run("train", "--task", "evaluating", "--data", data, "--out", model);
        Assert.True(code == 0, error);

        JsonElement json = await _cli.RunJson("evaluate", "--task", "evaluating", "--data", data, "--model", model, "--json");

        string[] lines = File.ReadAllLines(data);
        MlNetEvaluatingClassifier classifier = MlNetEvaluatingClassifier.Load(model);
        string[] predicted = classifier.Classify(lines.Select(l => new ClassificationInput(l[(l.IndexOf('\t') + 1)..])).ToArray()).Select(p => p ? "true" : "false").ToArray();
        ClassificationReport expected = MetricsCalculator.Classification(["false", "true"], lines.Select(l => l[..l.IndexOf('\t')]).ToArray(), predicted);
        Assert.Equal(expected.Accuracy, json.GetProperty("accuracy").GetDouble(), 12);
        Assert.Equal(expected.MacroF1, json.GetProperty("macro_f1").GetDouble(), 12);
    }
}
