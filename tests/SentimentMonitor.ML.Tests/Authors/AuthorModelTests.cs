using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.ML.Authors;

namespace SentimentMonitor.ML.Tests.Authors;

/// <summary>Trains a real (small) author model zip in a temp folder, loads it and predicts.</summary>
public sealed class AuthorModelTests : IClassFixture<AuthorModelTests.TrainedModel>
{
    public sealed class TrainedModel : IDisposable
    {
        public TrainedModel()
        {
            Folder = Path.Combine(Path.GetTempPath(), "sm-authormodel-" + Guid.NewGuid().ToString("N"));
            ModelPath = Path.Combine(Folder, "author-role-test.zip");
            List<(string, string)> examples = [];
            for (int i = 0; i < 6; i++)
            {
                examples.Add(("clinician/cardiology", $"cardiology clinic echo heart failure {i}"));
                examples.Add(("clinician/nephrology", $"kidney dialysis glomerular clinic {i}"));
                examples.Add(("researcher", $"postdoc lab cell biology mice {i}"));
                examples.Add(("public", $"dogs football coffee grandkids {i}"));
                examples.Add(("communicator", $"reporter newspaper stories tips {i}"));
                examples.Add(("organization", $"official news updates press office {i}"));
            }
            // An adversarial label: a credential bio labeled public, to show confident rules are not overruled.
            examples.Add(("public", "Jane Roe MD hematologist"));
            AuthorModelTrainer.TrainAndSave(examples, ModelPath);
            Model = new MlAuthorClassifier(ModelPath);
        }

        public string Folder { get; }
        public string ModelPath { get; }
        public MlAuthorClassifier Model { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    private readonly TrainedModel _trained;

    public AuthorModelTests(TrainedModel trained) => _trained = trained;

    private static Author Make(string bio) => new() { Platform = Platform.Mastodon, AccountId = "https://x.social/@a", Handle = "a", Bio = bio };

    [Fact]
    public void Load_TrainedZip_KnowsEveryTrainedLabel()
    {
        Assert.True(new FileInfo(_trained.ModelPath).Length > 1000);
        Assert.Equal(
            new[] { "clinician/cardiology", "clinician/nephrology", "communicator", "organization", "public", "researcher" },
            _trained.Model.Labels.Order().ToArray());
    }

    [Theory]
    [InlineData("echo and heart failure clinic", AuthorRole.Clinician, Specialty.Cardiology)]
    [InlineData("dialysis and glomerular clinic", AuthorRole.Clinician, Specialty.Nephrology)]
    [InlineData("reporter, stories and tips", AuthorRole.Communicator, Specialty.Unknown)]
    [InlineData("grandkids, dogs and coffee", AuthorRole.Public, Specialty.Unknown)]
    public void Classify_BioLikeTrainingClass_PredictsThatRoleAndSpecialty(string bio, AuthorRole role, Specialty specialty)
    {
        AuthorClassification c = _trained.Model.Classify(Make(bio));

        Assert.Equal((role, specialty), (c.Role, c.Specialty));
        Assert.StartsWith("model: ", c.Evidence[0]);
        Assert.Equal("author-ml-author-role-test", c.Source);
    }

    [Fact]
    public void Classify_ManyThreads_SameAnswersAsSequential()
    {
        string[] bios = ["echo heart", "dialysis kidney", "postdoc mice", "dogs coffee", "reporter tips", "official press"];
        string[] expected = bios.Select(b => _trained.Model.Classify(Make(b)).Role.ToString()).ToArray();
        string[] parallel = new string[600];

        Parallel.For(0, parallel.Length, i => parallel[i] = _trained.Model.Classify(Make(bios[i % bios.Length])).Role.ToString());

        for (int i = 0; i < parallel.Length; i++)
            Assert.Equal(expected[i % bios.Length], parallel[i]);
    }

    [Fact]
    public void Combined_ConfidentRule_StandsAgainstTheModel()
    {
        CombinedAuthorClassifier combined = new(new RuleBasedAuthorClassifier(), _trained.Model);

        AuthorClassification c = combined.Classify(Make("Jane Roe MD hematologist"));

        Assert.Equal((AuthorRole.Clinician, Specialty.Hematology), (c.Role, c.Specialty));
        Assert.Contains("credential: MD", c.Evidence);
    }

    [Fact]
    public void Combined_OnlyDefaultRule_SureModelDecides()
    {
        CombinedAuthorClassifier combined = new(new RuleBasedAuthorClassifier(), _trained.Model);
        AuthorModelScore score = _trained.Model.Score("official news updates press office");

        AuthorClassification c = combined.Classify(Make("official news updates press office"));

        Assert.True(score.Probability >= CombinedAuthorClassifier.OverrideProbability, $"p={score.Probability}");
        Assert.Equal(AuthorRole.Organization, c.Role);
        Assert.Contains(c.Evidence, e => e.StartsWith("model overrides weak rules: organization", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFile_FileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => new MlAuthorClassifier(Path.Combine(_trained.Folder, "missing.zip")));
    }
}
