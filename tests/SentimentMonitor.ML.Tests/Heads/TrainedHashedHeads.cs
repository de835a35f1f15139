using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Tests.Support;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Tests.Heads;

/// <summary>
/// Evaluating and aspects models of the v3 layout (heads on the shipped sentiment-v2's hashed features), trained once
/// with one L2 on the first 700 posts of the domain corpus's training files, for the tests of the shared path.
/// </summary>
public sealed class TrainedHashedHeads : IDisposable
{
    public TempFolder Folder { get; } = new();
    public string SentimentPath { get; } = RepositoryRoot.File("models", "sentiment-v2.zip");
    public TrainingResult Evaluating { get; }
    public TrainingResult Aspects { get; }
    public string[] HoldoutTexts { get; }

    public TrainedHashedHeads()
    {
        string posts = RepositoryRoot.File("corpus", "posts");
        TextPipelineOptions oneL2 = new() { L2 = 0.03f };
        Evaluating = new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Evaluating,
            Data = [new TrainingFile(Head(Path.Combine(posts, "evaluating-train.tsv")))],
            OutPath = Folder.File("evaluating-t3.zip"),
            FeaturesFrom = SentimentPath,
            Options = oneL2,
        });
        Aspects = new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Aspects,
            Data = [new TrainingFile(Head(Path.Combine(posts, "aspects-train.tsv")))],
            Validation = [Path.Combine(posts, "aspects-holdout.tsv")],
            OutPath = Folder.File("aspects-t3.zip"),
            FeaturesFrom = SentimentPath,
            Options = oneL2,
        });
        HoldoutTexts = File.ReadLines(Path.Combine(posts, "aspects-holdout.tsv")).Select(l => l[(l.IndexOf('\t') + 1)..]).Take(400).ToArray();
    }

    public void Dispose() => Folder.Dispose();

    private string Head(string path)
    {
        string copy = Folder.File(Path.GetFileName(path));
        File.WriteAllLines(copy, File.ReadLines(path).Take(700));
        return copy;
    }
}
