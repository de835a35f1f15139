using SentimentMonitor.ML.Hashing;

namespace SentimentMonitor.ML.Tests.Hashing;

/// <summary>The hashed n-gram featurizer: which features a text gets, their normalisation, and the lexicon block.</summary>
public class HashedFeaturizerTests
{
    private static readonly HashedFeaturizer Featurizer = new(bits: 18, wordNgrams: 2, minCharNgram: 3, maxCharNgram: 3);

    [Fact]
    public void Featurize_TwoWords_UnigramsBigramAndPaddedCharTrigrams()
    {
        FeatureScratch scratch = new();

        int n = Featurizer.Featurize("ab cd", new float[7], scratch);

        // words: ab, cd, "ab cd"; char 3-grams of " ab cd ": " ab", "ab ", "b c", " cd", "cd " (5) → 8 distinct.
        Assert.Equal(8, n);
        Assert.All(scratch.Indices[..n].ToArray(), i => Assert.InRange(i, 0, Featurizer.Buckets - 1));
    }

    [Fact]
    public void Featurize_RepeatedWord_CountsThenL2Normalises()
    {
        FeatureScratch scratch = new();

        int n = Featurizer.Featurize("aa aa aa", new float[7], scratch);

        float sumSquares = 0;
        foreach (float v in scratch.Values[..n])
            sumSquares += v * v;
        Assert.Equal(1f, sumSquares, 4);
        // "aa" occurs 3 times and is the largest count, so it carries the largest value.
        Assert.Equal(scratch.Values[..n].ToArray().Max(), scratch.Values[0], 5);
    }

    [Fact]
    public void Featurize_LexiconFeatures_FollowTheBucketsUnscaled()
    {
        FeatureScratch scratch = new();
        float[] lexicon = [0.5f, 0, 0, 0, 0, 0, -0.25f];

        int n = Featurizer.Featurize("good", lexicon, scratch);

        int[] indices = scratch.Indices[..n].ToArray();
        float[] values = scratch.Values[..n].ToArray();
        Assert.Equal(0.5f, values[Array.IndexOf(indices, Featurizer.Buckets)]);
        Assert.Equal(-0.25f, values[Array.IndexOf(indices, Featurizer.Buckets + 6)]);
        Assert.DoesNotContain(Featurizer.Buckets + 1, indices);
    }

    [Fact]
    public void Featurize_ReusedScratch_SameResultAsFresh()
    {
        FeatureScratch reused = new();
        Featurizer.Featurize("a long post about a trial with many many words and a url", new float[7], reused);

        int n = Featurizer.Featurize("short one", new float[7], reused);
        FeatureScratch fresh = new();
        int m = Featurizer.Featurize("short one", new float[7], fresh);

        Assert.Equal(m, n);
        Assert.Equal(fresh.Indices[..m].ToArray(), reused.Indices[..n].ToArray());
        Assert.Equal(fresh.Values[..m].ToArray(), reused.Values[..n].ToArray());
    }
}
