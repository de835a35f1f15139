using System.Security.Cryptography;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Hashing;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Models;

namespace SentimentMonitor.ML.Tests.Heads;

/// <summary>The v3 layout: evaluating and aspect heads on the sentiment model's own features, scored from one featurisation.</summary>
public sealed class HashedHeadsTests(TrainedHashedHeads trained) : IClassFixture<TrainedHashedHeads>
{
    private const string Title = "Tisagenlecleucel in Children and Young Adults with B-Cell Lymphoblastic Leukemia";

    private ClassificationInput[] Inputs() => trained.HoldoutTexts.Select(t => new ClassificationInput(t, Title)).ToArray();

    private MlNetReactionClassifier Both() =>
        new(MlNetEvaluatingClassifier.Load(trained.Evaluating.ModelPath), MlNetAspectClassifier.Load(trained.Aspects.ModelPath));

    [Fact]
    public void Train_FeaturesFrom_ManifestRecordsSentimentSettingsAndCardTheCommand()
    {
        ModelManifest sentiment = ModelBundle.ReadManifest(trained.SentimentPath);
        ModelManifest aspects = ModelBundle.ReadManifest(trained.Aspects.ModelPath);
        HashedHeadsManifest settings = aspects.HashedHeads!;
        string sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(trained.SentimentPath)));

        Assert.Null(aspects.SharedFeatures);
        Assert.Equal("sentiment-v2", settings.SentimentModel);
        Assert.Equal(sha, settings.SentimentSha256);
        Assert.True(settings.SameFeatures(sentiment.Hashed, sentiment.Heads[0].Options.Preprocessing));
        Assert.True(settings.SameFeatures(ModelBundle.ReadManifest(trained.Evaluating.ModelPath).HashedHeads!));
        Assert.Equal((1 << sentiment.Hashed!.HashBits) + 14, settings.Dimension);
        Assert.Equal(AspectMode.PerHead, aspects.AspectMode);
        Assert.Contains($"--features-from {trained.SentimentPath}", File.ReadAllText(trained.Aspects.CardPath));
    }

    [Fact]
    public void JointSentiment_Batch_SameSentimentAsPlainModel()
    {
        MlNetSentimentClassifier sentiment = MlNetSentimentClassifier.Load(trained.SentimentPath);
        ISentimentClassifier joint = Both().ShareFeaturesWith(sentiment);
        ClassificationInput[] inputs = Inputs();

        IReadOnlyList<SentimentPrediction> expected = sentiment.Classify(inputs);
        IReadOnlyList<SentimentPrediction> actual = joint.Classify(inputs);

        Assert.NotSame(sentiment, joint);
        Assert.Equal(expected, actual); // records: label, the three probabilities (bit for bit) and version
    }

    [Fact]
    public void JointSentiment_Batch_HeadProbabilitiesEqualFeaturisingSeparately()
    {
        MlNetSentimentClassifier sentiment = MlNetSentimentClassifier.Load(trained.SentimentPath);
        HashedHeads heads = MlNetAspectClassifier.Load(trained.Aspects.ModelPath).Hashed!;
        JointSentimentClassifier joint = new(sentiment, heads);
        ClassificationInput[] shared = Inputs();

        joint.Classify(shared);
        bool remembered = ReactionScoreMemo.TryTake(shared, heads, out float[]? probabilities, out float[]? rules);
        (float[] separate, float[] separateRules) = heads.Score(Inputs());

        Assert.True(remembered);
        Assert.Equal(separateRules, rules);
        Assert.Equal(separate.Length, probabilities!.Length);
        for (int i = 0; i < separate.Length; i++)
            Assert.Equal(separate[i], probabilities[i], 6);
        Assert.Contains(separate, p => p > 0.5f);
        Assert.Contains(separate, p => p < 0.5f);
    }

    [Fact]
    public void ReactionClassifier_AfterJointSentiment_SameLabelsAsAlone()
    {
        MlNetReactionClassifier both = Both();
        MlNetSentimentClassifier sentiment = MlNetSentimentClassifier.Load(trained.SentimentPath);
        ISentimentClassifier joint = both.ShareFeaturesWith(sentiment);
        ClassificationInput[] alone = Inputs();
        ClassificationInput[] shared = Inputs();

        IReadOnlyList<ReactionLabels> expected = both.ClassifyReactions(alone);
        joint.Classify(shared);
        shared[3] = new ClassificationInput("Cost is $500k per patient; insurers will not cover it.", Title); // the memo no longer fits this batch
        IReadOnlyList<ReactionLabels> changed = both.ClassifyReactions(shared);
        joint.Classify(alone);
        IReadOnlyList<ReactionLabels> actual = both.ClassifyReactions(alone);

        Assert.True(both.SharesFeatures);
        Assert.Equal(expected.Select(r => (r.Evaluating, string.Join(",", r.Aspects))), actual.Select(r => (r.Evaluating, string.Join(",", r.Aspects))));
        Assert.Contains(Aspect.CostAccess, changed[3].Aspects);
        Assert.Contains(actual, r => r.Aspects.Count > 1);
        Assert.Contains(actual, r => !r.Evaluating);
    }

    [Fact]
    public void ShareFeaturesWith_SentimentWithOtherPreprocessing_FallsBackToSeparateFeaturisation()
    {
        MlNetReactionClassifier both = Both();
        ModelManifest manifest = ModelBundle.ReadManifest(trained.SentimentPath);
        // The same weights read with negation marking off: a sentiment model whose features differ from the heads'.
        HeadManifest first = manifest.Heads[0];
        ModelManifest other = manifest with { Heads = [first with { Options = first.Options with { Preprocessing = first.Options.Preprocessing with { MarkNegation = false } } }, .. manifest.Heads.Skip(1)] };
        MlNetSentimentClassifier sentiment = MlNetSentimentClassifier.From(other, HashedSentimentLoader.Load(trained.SentimentPath, other));
        ClassificationInput[] inputs = Inputs();

        ISentimentClassifier returned = both.ShareFeaturesWith(sentiment);
        IReadOnlyList<ReactionLabels> expected = both.ClassifyReactions(Inputs());
        returned.Classify(inputs);
        IReadOnlyList<ReactionLabels> actual = both.ClassifyReactions(inputs);

        Assert.Same(sentiment, returned);
        Assert.Throws<ArgumentException>(() => new JointSentimentClassifier(sentiment, MlNetAspectClassifier.Load(trained.Aspects.ModelPath).Hashed!));
        Assert.Equal(expected.Select(r => (r.Evaluating, string.Join(",", r.Aspects))), actual.Select(r => (r.Evaluating, string.Join(",", r.Aspects))));
    }

    [Fact]
    public void Classify_SinglePostsInParallel_MatchBatch()
    {
        MlNetAspectClassifier aspects = MlNetAspectClassifier.Load(trained.Aspects.ModelPath);
        MlNetEvaluatingClassifier evaluating = MlNetEvaluatingClassifier.Load(trained.Evaluating.ModelPath);
        ClassificationInput[] inputs = Inputs();
        string[] batch = aspects.Classify(inputs).Zip(evaluating.Classify(inputs), (a, e) => $"{e}:{string.Join(",", a)}").ToArray();
        string[] single = new string[inputs.Length];

        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => single[i] = $"{evaluating.Classify(inputs[i])}:{string.Join(",", aspects.Classify(inputs[i]))}");

        Assert.Equal(batch, single);
    }

    [Fact]
    public void Train_SmallCorpus_HoldoutScoresReported()
    {
        Assert.Single(trained.Aspects.Validation);
        Assert.InRange(trained.Aspects.Validation[0].MicroF1, 0.55, 1.0); // 700 training posts: well above the vocabulary rules alone is not asserted here
    }
}
