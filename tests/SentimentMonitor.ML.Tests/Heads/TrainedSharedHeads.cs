using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Tests.Support;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Tests.Heads;

/// <summary>
/// Evaluating and aspects models trained once (recipe, no experiments) on the first 700 posts of the domain corpus's
/// training files (the same texts in both, as in the real files), for the tests of the shared layout.
/// </summary>
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
            Data = [new TrainingFile(Head(Path.Combine(posts, "evaluating-train.tsv")))],
            OutPath = Folder.File("evaluating-t1.zip"),
        });
        Aspects = new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Aspects,
            Data = [new TrainingFile(Head(Path.Combine(posts, "aspects-train.tsv")))],
            Validation = [Path.Combine(posts, "aspects-holdout.tsv")],
            OutPath = Folder.File("aspects-t1.zip"),
        });
        HoldoutTexts = File.ReadLines(Path.Combine(posts, "aspects-holdout.tsv")).Select(l => l[(l.IndexOf('\t') + 1)..]).ToArray();
    }

    public void Dispose() => Folder.Dispose();

    private string Head(string path)
    {
        string copy = Folder.File(Path.GetFileName(path));
        File.WriteAllLines(copy, File.ReadLines(path).Take(700));
        return copy;
    }
}
