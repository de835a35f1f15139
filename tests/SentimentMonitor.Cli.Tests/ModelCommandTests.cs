using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Evaluation;

namespace SentimentMonitor.Cli.Tests;

/// <summary><c>train</c> and <c>evaluate</c> run in-process on the small corpus written for the ML tests.</summary>
public sealed class ModelCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task TrainThenEvaluateJson_SmallCorpus_MetricsMatchTheModelsPredictions()
    {
        string data = CliHarness.Fixture("small-sentiment.tsv");
        string model = Path.Combine(_cli.Folder, "models", "tiny-v1.zip");
        (int code, string output, string error) = await _cli.Run("train", "--data", data, "--valid", data, "--out", model);
        Assert.True(code == 0, error);
        Assert.Contains("tiny-v1", output);
        Assert.True(File.Exists(Path.ChangeExtension(model, ".md")));

        JsonElement json = await _cli.RunJson("evaluate", "--data", data, "--model", model, "--json");

        string[] lines = File.ReadAllLines(data);
        MlNetSentimentClassifier classifier = MlNetSentimentClassifier.Load(model);
        string[] predicted = lines.Select(l => DomainSlugs.Slug(classifier.Classify(new ClassificationInput(l[(l.IndexOf('\t') + 1)..])).Label)).ToArray();
        ClassificationReport expected = MetricsCalculator.Classification(["negative", "neutral", "positive"], lines.Select(l => l[..l.IndexOf('\t')]).ToArray(), predicted);
        Assert.Equal(expected.Accuracy, json.GetProperty("accuracy").GetDouble(), 12);
        Assert.Equal(expected.MacroRecall, json.GetProperty("macro_recall").GetDouble(), 12);
        Assert.Equal(expected.MacroF1, json.GetProperty("macro_f1").GetDouble(), 12);
        Assert.Equal(expected.PerClass["neutral"].F1, json.GetProperty("per_class").GetProperty("neutral").GetProperty("f1").GetDouble(), 12);
        Assert.Equal(expected.Confusion["negative"]["negative"], json.GetProperty("confusion").GetProperty("negative").GetProperty("negative").GetInt32());
    }

    [Fact]
    public async Task EvaluateText_ShippedModel_NamesTheModelAndDataItScored()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "SentimentMonitor.sln")))
            root = Path.GetDirectoryName(root)!;
        string model = Path.Combine(root, "models", "sentiment-v2.zip");
        string data = CliHarness.Fixture("small-sentiment.tsv");

        (int code, string output, string error) = await _cli.Run("evaluate", "--data", data, "--model", model);

        Assert.True(code == 0, error);
        Assert.StartsWith($"model: {model}\ndata: {data}\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("macro-F1", output);
    }

    [Fact]
    public async Task Evaluate_UnknownLabel_BadInputNamingTheLine()
    {
        string data = Path.Combine(_cli.Folder, "bad.tsv");
        File.WriteAllLines(data, ["positive\tgreat", "positve\ttypo in the label"]);

        (int code, _, string error) = await _cli.Run("evaluate", "--data", data, "--model", "unused.zip");

        Assert.Equal(4, code);
        Assert.Contains("bad.tsv:2:", error);
        Assert.Contains("'positve'", error);
    }

    [Fact]
    public async Task Train_MissingDataFile_InputNotFound()
    {
        (int code, _, string error) = await _cli.Run("train", "--data", Path.Combine(_cli.Folder, "nope.tsv"), "--out", Path.Combine(_cli.Folder, "m.zip"));
        Assert.Equal(3, code);
        Assert.Contains("nope.tsv", error);
    }
}
