using SentimentMonitor.Sources.Import.Text;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>one</p><p>two</p>", "one\n\ntwo")]
    [InlineData("<p>line<br>next<br/>last</p>", "line\nnext\nlast")]
    [InlineData("<p>a &amp; b &lt;c&gt; &#39;d&#39; &quot;e&quot; &nbsp;f</p>", "a & b <c> 'd' \"e\" \u00a0f")]
    [InlineData("plain text", "plain text")]
    [InlineData("", "")]
    [InlineData("<p>unclosed <b", "unclosed <b")]
    [InlineData("<p>x<!-- hidden --> y</p>", "x y")]
    public void ToPlainText_Html_GivesTheTextPeopleRead(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlainText(html));
    }

    [Fact]
    public void ToPlainText_ShortenedLinkSpans_KeepTheWholeUrl()
    {
        const string html = "<p><a href=\"https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?x=1&amp;y=2\" rel=\"nofollow noopener\"><span class=\"invisible\">https://www.</span><span class=\"ellipsis\">nejm.org/doi/full/10.1056/NEJ</span><span class=\"invisible\">Moa2214171?x=1&amp;y=2</span></a></p>";
        List<string> links = [];

        string text = HtmlText.ToPlainText(html, links);

        Assert.Equal("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?x=1&y=2", text);
        Assert.Equal(["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?x=1&y=2"], links);
    }

    [Fact]
    public void ToPlainText_MentionHashtagAndRelTagAnchors_AreNotLinks()
    {
        const string html = "<p><a href=\"https://a.example/@x\" class=\"u-url mention\">@<span>x</span></a> <a href=\"https://a.example/tags/y\" class=\"mention hashtag\" rel=\"tag\">#<span>y</span></a> <a href='https://b.example/tags/z' rel='tag'>#z</a> <a href=\"https://pubmed.ncbi.nlm.nih.gov/37099340/\">pm</a></p>";
        List<string> links = [];

        Assert.Equal("@x #y #z pm", HtmlText.ToPlainText(html, links));
        Assert.Equal(["https://pubmed.ncbi.nlm.nih.gov/37099340/"], links);
    }
}
