using SentimentMonitor.ML.Lexicon;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Tests.Text;

public class LexiconFeaturesTests
{
    private static float[] Features(string text) => LexiconFeatures.Compute(SocialTokenizer.Tokenize(text));

    [Fact]
    public void Lexicon_EmbeddedResource_HasAllVaderEntries()
    {
        Assert.True(VaderLexicon.Shared.Count > 7_500);
        Assert.True(VaderLexicon.Shared.TryGet("good", out float good));
        Assert.Equal(1.9f, good);
    }

    [Fact]
    public void Compute_PositiveWord_GivesPositiveSumAndCount()
    {
        float[] f = Features("good");
        Assert.Equal(1.9f / MathF.Sqrt(1.9f * 1.9f + 15f), f[0], 5);
        Assert.Equal(1.9f / 4, f[1], 5);
        Assert.Equal(0f, f[2]);
        Assert.Equal(0.2f, f[3], 5);
        Assert.Equal(1.9f / 4, f[5], 5);
    }

    [Fact]
    public void Compute_NegatedWord_FlipsValence()
    {
        float[] f = Features("not good");
        Assert.Equal(-0.74f * 1.9f / 4, f[2], 5);
        Assert.Equal(0f, f[1]);
    }

    [Fact]
    public void Compute_AllCapsWord_AddsEmphasis()
    {
        Assert.Equal((1.9f + 0.733f) / 4, Features("GOOD")[1], 5);
    }

    [Fact]
    public void Compute_NoLexiconWords_AllZero()
    {
        Assert.All(Features("the randomised trial enrolled patients"), v => Assert.Equal(0f, v));
    }
}
