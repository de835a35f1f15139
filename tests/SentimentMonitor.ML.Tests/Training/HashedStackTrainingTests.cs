using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;
using SentimentMonitor.ML.Hashing;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Tests.Support;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Tests.Training;

/// <summary><c>train --domain</c> end to end on the small corpora in tests/: the hashed stack is written, reloads and scores as trained.</summary>
public sealed class HashedStackTrainingTests : IClassFixture<HashedStackTrainingTests.TrainedStack>
{
    private readonly TrainedStack _trained;

    public HashedStackTrainingTests(TrainedStack trained) => _trained = trained;

    /// <summary>Trains once for all tests of this class (a small, fast variant of the recipe).</summary>
    public sealed class TrainedStack : IDisposable
    {
        public TempFolder Folder { get; } = new();
        public string ValidPath { get; } = Data("small-sentiment-valid.tsv");
        public TrainingResult Result { get; }

        public TrainedStack() => Result = Train(Folder.File("stack-v3.zip"));

        public TrainingResult Train(string outPath) => new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Sentiment,
            Data = [new TrainingFile(Data("small-sentiment.tsv"))],
            Domain = [new TrainingFile(Data("small-domain.tsv"))],
            Validation = [ValidPath],
            OutPath = outPath,
            Hashed = new HashedStackOptions { Featurizer = new HashedSentimentManifest { HashBits = 12 }, DomainL2 = [1f], Folds = 3, GateSample = 20 },
        });

        public void Dispose() => Folder.Dispose();
    }

    private static string Data(string name) => RepositoryRoot.File("tests", "SentimentMonitor.ML.Tests", "Data", name);

    [Fact]
    public void Train_WithDomainFile_WritesHashedStackWithFourHeads()
    {
        ModelManifest manifest = ModelBundle.ReadManifest(_trained.Result.ModelPath);

        Assert.NotNull(manifest.Hashed);
        Assert.Equal(SentimentCombination.GatedAverage, manifest.Hashed!.Combination);
        Assert.Equal(["general", "domain", "gate", "stack"], manifest.Heads.Select(h => h.Name));
        Assert.Equal(["general", "study"], manifest.Heads[2].Labels);
        Assert.Equal("stack-v3", manifest.Version);
    }

    [Fact]
    public void Load_TrainedStack_ScoresValidationExactlyAsTrainingReported()
    {
        MlNetSentimentClassifier classifier = MlNetSentimentClassifier.Load(_trained.Result.ModelPath);

        ClassificationReport report = ModelEvaluator.Sentiment(classifier, LabeledTextReader.Read(_trained.ValidPath, ModelTask.Sentiment));

        ValidationScore trained = Assert.Single(_trained.Result.Validation);
        Assert.Equal(trained.Accuracy, report.Accuracy, 6);
        Assert.Equal(trained.MacroF1, report.MacroF1, 6);
    }

    [Fact]
    public void Card_TrainedStack_NamesDomainFileWithShaAndTheStackedPipeline()
    {
        string card = File.ReadAllText(_trained.Result.CardPath);
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Data("small-domain.tsv"))));

        Assert.Contains($"--domain {Data("small-domain.tsv")}", card);
        Assert.Contains(sha, card);
        Assert.Contains("| 30 | negative 10, neutral 10, positive 10 |", card);
        Assert.Contains("**gate**", card);
    }

    [Fact]
    public void Train_SameDataAndSeed_SameProbabilities()
    {
        using TempFolder again = new();
        TrainingResult second = _trained.Train(again.File("stack-v3.zip"));
        ClassificationInput[] inputs = [new("Flawed trial, not convinced."), new("New paper out today."), new("Great result!")];

        IReadOnlyList<SentimentPrediction> a = MlNetSentimentClassifier.Load(_trained.Result.ModelPath).Classify(inputs);
        IReadOnlyList<SentimentPrediction> b = MlNetSentimentClassifier.Load(second.ModelPath).Classify(inputs);

        Assert.Equal(a.Select(p => (p.Label, p.Negative, p.Positive)), b.Select(p => (p.Label, p.Negative, p.Positive)));
    }

    [Fact]
    public void Classify_SingleUnderParallelFor_MatchesBatch()
    {
        MlNetSentimentClassifier classifier = MlNetSentimentClassifier.Load(_trained.Result.ModelPath);
        string[] texts = File.ReadLines(Data("small-domain.tsv")).Select(l => l[(l.IndexOf('\t') + 1)..]).ToArray();
        ClassificationInput[] inputs = Enumerable.Range(0, 300).Select(i => new ClassificationInput(texts[i % texts.Length] + $" #{i % 7}", i % 2 == 0 ? "A Trial of Drug X" : null)).ToArray();
        IReadOnlyList<SentimentPrediction> batch = classifier.Classify(inputs);
        SentimentPrediction[] single = new SentimentPrediction[inputs.Length];

        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => single[i] = classifier.Classify(inputs[i]));

        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(batch[i].Label, single[i].Label);
            Assert.Equal(batch[i].Positive, single[i].Positive, 6);
            Assert.Equal(1f, single[i].Negative + single[i].Neutral + single[i].Positive, 4);
        }
    }

    [Fact]
    public void Train_DomainFileForEvaluatingTask_Rejected()
    {
        using TempFolder folder = new();
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Evaluating,
            Data = [new TrainingFile(RepositoryRoot.File("corpus", "posts", "evaluating-train.tsv"))],
            Domain = [new TrainingFile(Data("small-domain.tsv"))],
            OutPath = folder.File("x.zip"),
        }));
        Assert.Contains("--domain", ex.Message);
    }
}
