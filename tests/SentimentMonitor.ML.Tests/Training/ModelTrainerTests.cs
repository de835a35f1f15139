using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Tests.Support;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Tests.Training;

/// <summary>Training end to end on the small corpus in tests/ (seconds), then loading what was written.</summary>
public sealed class ModelTrainerTests : IClassFixture<ModelTrainerTests.TrainedSmallModel>
{
    private readonly TrainedSmallModel _trained;

    public ModelTrainerTests(TrainedSmallModel trained) => _trained = trained;

    /// <summary>Trains once for all tests of this class.</summary>
    public sealed class TrainedSmallModel : IDisposable
    {
        public TempFolder Folder { get; } = new();
        public string DataPath { get; } = RepositoryRoot.File("tests", "SentimentMonitor.ML.Tests", "Data", "small-sentiment.tsv");
        public TrainingResult Result { get; }
        public List<string> Progress { get; } = [];

        public TrainedSmallModel()
        {
            TrainingRequest request = new()
            {
                Task = ModelTask.Sentiment,
                Data = [new TrainingFile(DataPath)],
                Validation = [RepositoryRoot.File("tests", "SentimentMonitor.ML.Tests", "Data", "small-sentiment-valid.tsv")],
                OutPath = Folder.File("small-v1.zip"),
            };
            Result = new ModelTrainer(new SyncProgress(Progress)).Train(request);
        }

        public void Dispose() => Folder.Dispose();
    }

    private sealed class SyncProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }

    [Fact]
    public void Train_SmallCorpus_WritesLoadableZipWithVersion()
    {
        MlNetSentimentClassifier classifier = MlNetSentimentClassifier.Load(_trained.Result.ModelPath);
        Assert.Equal("small-v1", classifier.ModelVersion);
        SentimentPrediction p = classifier.Classify(new ClassificationInput("Fantastic trial, great news, congratulations!"));
        Assert.Equal("small-v1", p.ModelVersion);
        Assert.Equal(1f, p.Negative + p.Neutral + p.Positive, 3);
    }

    [Fact]
    public void Train_SmallCorpus_CardMatchesDataAndManifest()
    {
        string card = File.ReadAllText(_trained.Result.CardPath);
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_trained.DataPath)));
        Assert.Contains(sha, card);
        Assert.Contains("| 36 | negative 12, neutral 12, positive 12 |", card);
        Assert.Contains("# Model card: small-v1", card);
        Assert.Contains(_trained.Result.PipelineDescription, card);
        ValidationScore score = Assert.Single(_trained.Result.Validation);
        Assert.Contains($"| {score.Accuracy:0.000} | {score.MacroRecall:0.000} | {score.MacroF1:0.000} |", card);
        ModelManifest manifest = ModelBundle.ReadManifest(_trained.Result.ModelPath);
        Assert.Equal(ModelTask.Sentiment, manifest.Task);
        Assert.Equal(["negative", "neutral", "positive"], manifest.Heads[0].Labels);
    }

    [Fact]
    public void Train_SmallCorpus_ReportsProgress()
    {
        Assert.Contains(_trained.Progress, line => line.StartsWith("reading"));
        Assert.Contains(_trained.Progress, line => line.StartsWith("saving"));
    }

    [Fact]
    public void Train_SameDataAndSeed_SamePredictions()
    {
        using TempFolder again = new();
        TrainingResult second = new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Sentiment,
            Data = [new TrainingFile(_trained.DataPath)],
            OutPath = again.File("small-v1.zip"),
        });
        ClassificationInput[] inputs = [new("Flawed trial, not convinced."), new("New paper out today."), new("Great result!")];
        IReadOnlyList<SentimentPrediction> a = MlNetSentimentClassifier.Load(_trained.Result.ModelPath).Classify(inputs);
        IReadOnlyList<SentimentPrediction> b = MlNetSentimentClassifier.Load(second.ModelPath).Classify(inputs);
        Assert.Equal(a.Select(p => (p.Label, p.Positive)), b.Select(p => (p.Label, p.Positive)));
    }

    [Fact]
    public void Classify_SingleUnderParallelFor_MatchesBatch()
    {
        MlNetSentimentClassifier classifier = MlNetSentimentClassifier.Load(_trained.Result.ModelPath);
        string[] texts = File.ReadLines(_trained.DataPath).Select(l => l[(l.IndexOf('\t') + 1)..]).ToArray();
        ClassificationInput[] inputs = Enumerable.Range(0, 400).Select(i => new ClassificationInput(texts[i % texts.Length] + $" #{i % 7}")).ToArray();
        IReadOnlyList<SentimentPrediction> batch = classifier.Classify(inputs);
        SentimentPrediction[] single = new SentimentPrediction[inputs.Length];

        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => single[i] = classifier.Classify(inputs[i]));

        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(batch[i].Label, single[i].Label);
            Assert.Equal(batch[i].Positive, single[i].Positive, 5);
        }
    }

    [Fact]
    public void Load_WrongTask_ThrowsNamingBoth()
    {
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => MlNetEvaluatingClassifier.Load(_trained.Result.ModelPath));
        Assert.Contains("sentiment", ex.Message);
        Assert.Contains("evaluating", ex.Message);
    }
}
