using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Tests.Support;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Tests.Heads;

/// <summary>Evaluating and aspects models trained once (recipe, no experiments) on the domain corpus, for the tests of the shared layout.</summary>
public sealed class TrainedSharedHeads : IDisposable
{
    public TempFolder Folder { get; } = new();
    public TrainingResult Evaluating { get; }
    public TrainingResult Aspects { get; }
    public string[] HoldoutTexts { get; }

    public TrainedSharedHeads()
    {
        string posts = RepositoryRoot.File("corpus", "posts");
        Evaluating = new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Evaluating,
            Data = [new TrainingFile(Path.Combine(posts, "evaluating-train.tsv"))],
            OutPath = Folder.File("evaluating-t1.zip"),
        });
        Aspects = new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Aspects,
            Data = [new TrainingFile(Path.Combine(posts, "aspects-train.tsv"))],
            Validation = [Path.Combine(posts, "aspects-holdout.tsv")],
            OutPath = Folder.File("aspects-t1.zip"),
        });
        HoldoutTexts = File.ReadLines(Path.Combine(posts, "aspects-holdout.tsv")).Select(l => l[(l.IndexOf('\t') + 1)..]).ToArray();
    }

    public void Dispose() => Folder.Dispose();
}
