using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Core.Tests.Text;

public class TextWidthTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("日本", 4)]
    [InlineData("😀x", 3)]
    [InlineData("e\u0301", 1)]
    [InlineData("한국어", 6)]
    [InlineData("", 0)]
    public void Of_Text_CountsColumns(string text, int expected) => Assert.Equal(expected, TextWidth.Of(text));

    [Theory]
    [InlineData("hello world", 8, "hello w…")]
    [InlineData("hello", 5, "hello")]
    [InlineData("😀😀😀", 4, "😀…")]
    [InlineData("😀😀😀", 5, "😀😀…")]
    [InlineData("abc", 0, "")]
    public void Truncate_ByWidth_NeverSplitsWideCharacters(string text, int max, string expected)
    {
        string cut = TextWidth.Truncate(text, max);

        Assert.Equal(expected, cut);
        Assert.True(TextWidth.Of(cut) <= max);
    }

    [Fact]
    public void Fit_PadsToExactWidth()
    {
        Assert.Equal("日本  ", TextWidth.Fit("日本", 6));
        Assert.Equal("日本…", TextWidth.Fit("日本語です", 5));
    }
}
