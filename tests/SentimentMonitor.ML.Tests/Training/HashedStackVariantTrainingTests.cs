using System.IO.Compression;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Evaluation;
using SentimentMonitor.ML.Hashing;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Tests.Support;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Tests.Training;

/// <summary>
/// The session-3 options of the hashed stack end to end on the small corpora: NB-weighted heads, an extra domain
/// file and the gated blend are written to the zip, reload, and score exactly as training reported.
/// </summary>
public sealed class HashedStackVariantTrainingTests
{
    private static string Data(string name) => RepositoryRoot.File("tests", "SentimentMonitor.ML.Tests", "Data", name);

    [Fact]
    public void Train_NbHeadsExtraFileAndGatedBlend_ReloadsWithScalesAndScoresAsReported()
    {
        using TempFolder folder = new();
        string valid = Data("small-sentiment-valid.tsv");
        TrainingResult result = new ModelTrainer().Train(new TrainingRequest
        {
            Task = ModelTask.Sentiment,
            Data = [new TrainingFile(Data("small-sentiment.tsv"))],
            Domain = [new TrainingFile(Data("small-domain.tsv"))],
            DomainExtra = [new TrainingFile(Data("small-sentiment.tsv"))],
            Validation = [valid],
            OutPath = folder.File("nb.zip"),
            Hashed = new HashedStackOptions
            {
                Featurizer = new HashedSentimentManifest { HashBits = 12 },
                Combination = SentimentCombination.GatedBlend,
                NbDomain = true,
                NbGeneral = true,
                ExtraShares = [0.5],
                RefitGeneralOnAll = true,
                DomainL2 = [1f],
                Folds = 3,
                GateSample = 20,
            },
        });

        ModelManifest manifest = ModelBundle.ReadManifest(result.ModelPath);
        Assert.Equal(SentimentCombination.GatedBlend, manifest.Hashed!.Combination);
        Assert.InRange(manifest.Hashed.DomainWeight, 0f, 1f);
        using (ZipArchive zip = ZipFile.OpenRead(result.ModelPath))
        {
            Assert.NotNull(zip.GetEntry("hashed/domain.scales"));
            Assert.NotNull(zip.GetEntry("hashed/general.scales"));
            Assert.Null(zip.GetEntry("hashed/gate.scales"));
        }
        ClassificationReport report = ModelEvaluator.Sentiment(MlNetSentimentClassifier.Load(result.ModelPath), LabeledTextReader.Read(valid, ModelTask.Sentiment));
        ValidationScore trained = Assert.Single(result.Validation);
        Assert.Equal(trained.Accuracy, report.Accuracy, 6);
        Assert.Equal(trained.MacroF1, report.MacroF1, 6);
        Assert.Contains("--domain-extra", File.ReadAllText(result.CardPath));
    }
}
