using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Heads;
using SentimentMonitor.ML.Models;
using SentimentMonitor.ML.Prediction;
using SentimentMonitor.ML.Schema;
using SentimentMonitor.ML.Text;
using SentimentMonitor.ML.Training;

namespace SentimentMonitor.ML.Tests.Heads;

/// <summary>The shared-featurizer layout: one featurisation for all heads, replayed in C# exactly as ML.NET computes it.</summary>
public sealed class SharedHeadsTests(TrainedSharedHeads trained) : IClassFixture<TrainedSharedHeads>
{
    private const string Title = "Tisagenlecleucel in Children and Young Adults with B-Cell Lymphoblastic Leukemia";

    private ClassificationInput[] Inputs() => trained.HoldoutTexts.Select(t => new ClassificationInput(t, Title)).ToArray();

    [Fact]
    public void Train_EvaluatingAndAspectsOnSameTexts_SameFeaturizerId()
    {
        ModelManifest evaluating = ModelBundle.ReadManifest(trained.Evaluating.ModelPath);
        ModelManifest aspects = ModelBundle.ReadManifest(trained.Aspects.ModelPath);

        Assert.NotNull(evaluating.SharedFeatures);
        Assert.Equal(evaluating.SharedFeatures!.Id, aspects.SharedFeatures!.Id);
        Assert.Equal(AspectMode.PerHead, aspects.AspectMode);
        Assert.All(aspects.Heads, h => Assert.InRange(h.Threshold, 0.05f, 0.95f));
    }

    [Fact]
    public void ReactionClassifier_SharedModels_OnePassEqualsEachModelAlone()
    {
        MlNetEvaluatingClassifier evaluating = MlNetEvaluatingClassifier.Load(trained.Evaluating.ModelPath);
        MlNetAspectClassifier aspects = MlNetAspectClassifier.Load(trained.Aspects.ModelPath);
        MlNetReactionClassifier both = new(evaluating, aspects);
        ClassificationInput[] inputs = Inputs();

        IReadOnlyList<ReactionLabels> joint = both.ClassifyReactions(inputs);
        IReadOnlyList<bool> judged = evaluating.Classify(inputs);
        IReadOnlyList<IReadOnlyList<Aspect>> reasons = aspects.Classify(inputs);

        Assert.True(both.SharesFeatures);
        Assert.Equal(judged, joint.Select(r => r.Evaluating));
        Assert.Equal(reasons.Select(r => string.Join(",", r)), joint.Select(r => string.Join(",", r.Aspects)));
        Assert.Contains(joint, r => r.Aspects.Count > 1);
        Assert.Contains(joint, r => !r.Evaluating);
    }

    [Fact]
    public void ReactionClassifier_AfterSentimentOnSameBatch_SameLabelsAsAlone()
    {
        MlNetReactionClassifier both = new(MlNetEvaluatingClassifier.Load(trained.Evaluating.ModelPath), MlNetAspectClassifier.Load(trained.Aspects.ModelPath));
        MlNetSentimentClassifier sentiment = MlNetSentimentClassifier.Load(Support.RepositoryRoot.File("models", "sentiment-v2.zip"));
        ClassificationInput[] alone = Inputs();
        ClassificationInput[] shared = Inputs();

        IReadOnlyList<ReactionLabels> expected = both.ClassifyReactions(alone);
        sentiment.Classify(shared); // leaves its prepared posts for the reaction heads
        shared[3] = new ClassificationInput("Cost is $500k per patient; insurers will not cover it.", Title); // a changed slot is prepared afresh
        IReadOnlyList<ReactionLabels> actual = both.ClassifyReactions(shared);

        for (int i = 0; i < alone.Length; i++)
        {
            if (i == 3)
                continue;
            Assert.Equal(expected[i].Evaluating, actual[i].Evaluating);
            Assert.Equal(expected[i].Aspects, actual[i].Aspects);
        }
        Assert.Contains(Aspect.CostAccess, actual[3].Aspects);
    }

    [Fact]
    public void Classify_SinglePostsInParallel_MatchBatch()
    {
        MlNetAspectClassifier aspects = MlNetAspectClassifier.Load(trained.Aspects.ModelPath);
        ClassificationInput[] inputs = Inputs();
        IReadOnlyList<IReadOnlyList<Aspect>> batch = aspects.Classify(inputs);
        string[] single = new string[inputs.Length];

        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => single[i] = string.Join(",", aspects.Classify(inputs[i])));

        Assert.Equal(batch.Select(b => string.Join(",", b)), single);
    }

    [Fact]
    public void FastFeaturizer_HoldoutPosts_EqualsMlNetFeatures()
    {
        MLContext ml = new(seed: 1);
        (ModelManifest manifest, Dictionary<string, ITransformer> transformers) = ModelBundle.Load(trained.Aspects.ModelPath, ml);
        ITransformer featurizer = transformers[SharedFeaturesManifest.Entry];
        FastFeaturizer fast = FastFeaturizer.TryCreate(ml, featurizer, manifest.SharedFeatures!.Options)
            ?? throw new Xunit.Sdk.XunitException("the recipe's featurizer should be replayable");
        PostPreprocessor preprocessor = new(manifest.SharedFeatures.Options.Preprocessing);
        PreparedPost[] posts = Inputs().Select(x => Prepared(preprocessor, x)).ToArray();
        VBuffer<float>[] expected = Features(ml, featurizer, posts);

        Assert.True(posts.Count(p => FastFeaturizer.CanReplay(p)) >= posts.Length * 0.98, "nearly every post is replayed in C#");
        AssertReplayEqualsMlNet(fast, posts, expected);
    }

    [Fact]
    public void FastFeaturizer_FusedScore_EqualsVectorThenHeads()
    {
        MLContext ml = new(seed: 1);
        (ModelManifest manifest, Dictionary<string, ITransformer> transformers) = ModelBundle.Load(trained.Aspects.ModelPath, ml);
        FastFeaturizer fast = FastFeaturizer.TryCreate(ml, transformers[SharedFeaturesManifest.Entry], manifest.SharedFeatures!.Options)!;
        LinearHead[] heads = manifest.Heads.Select(h => LinearHead.From(h.Name, transformers[h.Name])).ToArray();
        PostPreprocessor preprocessor = new(manifest.SharedFeatures.Options.Preprocessing);
        float[] fused = new float[heads.Length];
        HeadMatrix matrix = new(heads);

        foreach (PreparedPost post in Inputs().Select(x => Prepared(preprocessor, x)).Where(p => FastFeaturizer.CanReplay(p)))
        {
            fast.Score(post, matrix, fused);
            VBuffer<float> vector = fast.Featurize(post);
            for (int h = 0; h < heads.Length; h++)
                Assert.Equal(heads[h].Probability(vector), fused[h], 5);
        }
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 1)]
    public void FastFeaturizer_WithCharNgrams_EqualsMlNetFeatures(int charNgrams, int wordNgrams)
    {
        MLContext ml = new(seed: 1);
        TextPipelineOptions options = SharedRecipe.Options with { CharNgrams = charNgrams, WordNgrams = wordNgrams };
        string[] train = trained.HoldoutTexts.Take(250).ToArray();
        FeaturizedTexts fitted = new SharedHeadsFitter(ml, 1).Featurize(train, options);
        FastFeaturizer fast = FastFeaturizer.TryCreate(ml, fitted.Featurizer, options)
            ?? throw new Xunit.Sdk.XunitException("a char n-gram featurizer of one length should be replayable");
        PostPreprocessor preprocessor = new(options.Preprocessing);
        PreparedPost[] posts = Inputs().Skip(200).Select(x => Prepared(preprocessor, x)).ToArray();
        VBuffer<float>[] expected = Features(ml, fitted.Featurizer, posts);

        AssertReplayEqualsMlNet(fast, posts, expected);
    }

    [Fact]
    public void LinearHead_LoadedHead_EqualsMlNetProbability()
    {
        MLContext ml = new(seed: 1);
        (ModelManifest manifest, Dictionary<string, ITransformer> transformers) = ModelBundle.Load(trained.Aspects.ModelPath, ml);
        ITransformer featurizer = transformers[SharedFeaturesManifest.Entry];
        PostPreprocessor preprocessor = new(manifest.SharedFeatures!.Options.Preprocessing);
        ModelInput[] rows = Inputs().Take(60).Select(x => Prepared(preprocessor, x))
            .Select(p => new ModelInput { Text = p.Text, Lex = p.Lexicon, Rules = p.Rules }).ToArray();
        foreach (HeadManifest h in manifest.Heads)
        {
            LinearHead head = LinearHead.From(h.Name, transformers[h.Name]);
            IDataView scored = transformers[h.Name].Transform(featurizer.Transform(ml.Data.LoadFromEnumerable(rows)));
            using DataViewRowCursor cursor = scored.GetRowCursor(scored.Schema);
            ValueGetter<float> probability = cursor.GetGetter<float>(scored.Schema["Probability"]);
            ValueGetter<VBuffer<float>> features = cursor.GetGetter<VBuffer<float>>(scored.Schema[SharedFeaturizer.Column]);
            int seen = 0;
            while (cursor.MoveNext())
            {
                float p = 0;
                VBuffer<float> x = default;
                probability(ref p);
                features(ref x);
                Assert.Equal(p, head.Probability(x), 4);
                seen++;
            }
            Assert.Equal(rows.Length, seen);
        }
    }

    private static PreparedPost Prepared(PostPreprocessor preprocessor, ClassificationInput input)
    {
        PreparedPost post = preprocessor.Prepare(input.Text, input.PublicationTitle);
        return post with { Text = FeaturizerText.Map(post.Text) };
    }

    [Fact]
    public void FeaturizerText_Emoji_OneDistinctBmpCharEach()
    {
        string plain = "no emoji here";

        Assert.Same(plain, FeaturizerText.Map(plain));
        Assert.Equal("great \uE389 \uE44F", FeaturizerText.Map("great 🎉 👏"));
        Assert.Equal("a \uFFFD b", FeaturizerText.Map("a \u0007 b"));
    }

    private static VBuffer<float>[] Features(MLContext ml, ITransformer featurizer, PreparedPost[] posts)
    {
        ModelInput[] rows = posts.Select(p => new ModelInput { Text = p.Text, Lex = p.Lexicon, Rules = p.Rules }).ToArray();
        // Copy each row: the reader reuses one buffer (and GetColumn<VBuffer<T>> may hand out shared storage).
        IDataView data = featurizer.Transform(ml.Data.LoadFromEnumerable(rows));
        VBuffer<float>[] result = new VBuffer<float>[posts.Length];
        VectorColumn.ForEach(data, SharedFeaturizer.Column, (row, features) => features.CopyTo(ref result[row]));
        return result;
    }

    /// <summary>Every slot of the C# replay equals ML.NET's feature vector for the same prepared post.</summary>
    private static void AssertReplayEqualsMlNet(FastFeaturizer fast, PreparedPost[] posts, VBuffer<float>[] expected)
    {
        for (int i = 0; i < posts.Length; i++)
        {
            float[] mine = fast.Featurize(posts[i]).DenseValues().ToArray();
            float[] theirs = expected[i].DenseValues().ToArray();
            Assert.Equal(theirs.Length, mine.Length);
            for (int j = 0; j < mine.Length; j++)
                Assert.True(Math.Abs(theirs[j] - mine[j]) < 1e-5, $"post {i}, slot {j}: ML.NET {theirs[j]}, replay {mine[j]}");
        }
    }
}
