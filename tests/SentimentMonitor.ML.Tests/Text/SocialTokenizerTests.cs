using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Tests.Text;

public class SocialTokenizerTests
{
    private static string Prepared(string text, PreprocessingOptions? options = null, string? title = null) =>
        new PostPreprocessor(options ?? new PreprocessingOptions { MarkNegation = false }).Prepare(text, title).Text;

    [Fact]
    public void Prepare_UrlAndMention_BecomeTokens()
    {
        Assert.Equal("@user great paper url", Prepared("@NEJM Great paper https://doi.org/10.1056/x"));
    }

    [Fact]
    public void Prepare_CamelCaseHashtag_IsSplitIntoWords()
    {
        Assert.Equal("love clinical trials cart cell 2024", Prepared("love #ClinicalTrials #CARTCell2024"));
    }

    [Fact]
    public void Prepare_EmojiFollowedByLoneHighSurrogate_KeepsEmojiAndWord()
    {
        // Untrusted text: half a surrogate pair after an emoji used to throw inside the skin-tone check.
        string prepared = Prepared("👍\uD83Dx");
        Assert.StartsWith("👍 ", prepared, StringComparison.Ordinal);
        Assert.EndsWith(" x", prepared, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_EmojiTouchingWord_IsOwnToken()
    {
        Assert.Equal("amazing 👏 👏 results", Prepared("amazing👏👏 results"));
    }

    [Fact]
    public void Prepare_Emoticon_IsKeptWhole()
    {
        Assert.Equal("nice trial :)", Prepared("nice trial :)"));
    }

    [Fact]
    public void Prepare_TrailingPunctuation_IsSplitOffButInnerKept()
    {
        Assert.Equal("don't trust b-cell data , p=0.03 .", Prepared("Don't trust B-cell data, p=0.03."));
    }

    [Fact]
    public void Prepare_Elongation_IsSqueezedToTwo()
    {
        Assert.Equal("soo good !!", Prepared("SOOOOO good!!!!!"));
    }

    [Fact]
    public void Prepare_Negation_MarksFollowingWordsUntilPunctuation()
    {
        string text = Prepared("This does not improve survival at all. Great design", new PreprocessingOptions { NegationScope = 4 });
        Assert.Equal("this does not improve_neg survival_neg at_neg all_neg . great design", text);
    }

    [Fact]
    public void Prepare_NegationContraction_OpensScope()
    {
        Assert.Equal("i don't buy_neg it_neg", Prepared("I don't buy it", new PreprocessingOptions()));
    }

    [Fact]
    public void Prepare_QuotedTitle_IsStripped()
    {
        const string title = "Failure of Drug X to Reduce Mortality in Sepsis";
        Assert.Equal("loved this one url", Prepared("Loved this one: Failure of Drug X to Reduce Mortality in Sepsis https://x.org", title: title));
    }

    [Fact]
    public void Prepare_SingleTitleWordUsedByAuthor_IsKept()
    {
        const string title = "Failure of Drug X to Reduce Mortality in Sepsis";
        Assert.Equal("what a failure of a trial", Prepared("What a failure of a trial", title: title));
    }
}
