using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Core.Tests.Matching;

public class UrlNormalizerTests
{
    [Theory]
    [InlineData("http://www.NEJM.org/doi/full/10.1056/NEJMoa2214171/", "https://nejm.org/doi/full/10.1056/NEJMoa2214171")]
    [InlineData("https://nejm.org:443/doi/full/10.1056/NEJMoa2214171#sec", "https://nejm.org/doi/full/10.1056/NEJMoa2214171")]
    [InlineData("www.nejm.org/doi/full/10.1056/NEJMoa2214171", "https://nejm.org/doi/full/10.1056/NEJMoa2214171")]
    [InlineData("https://example.org:8080/a/", "https://example.org:8080/a")]
    [InlineData("https://example.org/", "https://example.org")]
    [InlineData("https://example.org/a%2fb%c3%a9", "https://example.org/a%2Fb%C3%A9")]
    [InlineData("https://example.org/a?utm_source=x&utm_medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&_hsenc=5&igshid=6&si=7&ref=8", "https://example.org/a")]
    [InlineData("https://example.org/a?b=1&utm_source=x&c=2", "https://example.org/a?b=1&c=2")]
    [InlineData("https://example.org/a?b=1&amp;utm_source=x", "https://example.org/a?b=1")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?query=featured_home&emp=marcom", "https://nejm.org/doi/full/10.1056/NEJMoa2214171")]
    [InlineData("https://example.org/search?query=blinatumomab", "https://example.org/search?query=blinatumomab")]
    [InlineData("https://someone.substack.com/p/infant-all?r=abc12&utm_campaign=post", "https://someone.substack.com/p/infant-all")]
    [InlineData("https://example.org/p?r=1", "https://example.org/p?r=1")]
    [InlineData("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0284567&utm_source=tw", "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0284567")]
    public void Normalize_Variants_GiveCanonicalForm(string input, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/file")]
    [InlineData("at://did:plc:abc/app.bsky.feed.post/1")]
    [InlineData("mailto:someone@example.org")]
    public void Normalize_NotHttp_ReturnsNull(string? input) => Assert.Null(UrlNormalizer.Normalize(input));

    [Fact]
    public void Normalize_GoogleConsentWrappingNewsRedirect_GivesArticle()
    {
        // Shape from scitweets_annotated_shared.csv: a cookie wall around a Google News redirect.
        const string wrapped = "https://consent.google.com/ml?continue=https://news.google.com/?sa%3Dt%26fd%3DR%26usg%3DAFQjCNEShhscXXuBsfRLjBKJG4dG2YU_GA%26url%3Dhttp://www.sciencedaily.com/releases/2013/09/130911103327.htm%26utm_source%3Ddlvr.it%26utm_medium%3Dtwitter%26hl%3Den-US&gl=DE&hl=en-US&pc=n&src=1";

        Assert.Equal("https://sciencedaily.com/releases/2013/09/130911103327.htm", UrlNormalizer.Normalize(wrapped));
    }

    [Fact]
    public void Normalize_SlateGdprWallWithRelativeTarget_GivesArticle()
    {
        const string wrapped = "https://slate.com/gdpr?redirect_uri=%2Farticles%2Fhealth_and_science%2F2015%2F01%2Fguns.html%3Futm_content%3Dbufferb7d38%26utm_medium%3Dsocial&redirect_host=http%3A%2F%2Fwww.slate.com";

        Assert.Equal("https://slate.com/articles/health_and_science/2015/01/guns.html", UrlNormalizer.Normalize(wrapped));
    }

    [Fact]
    public void Normalize_GoogleAlertRedirect_GivesTarget()
    {
        const string wrapped = "https://www.google.com/url?rct=j&sa=t&url=http%3A%2F%2Fuk.investing.com%2Fnews%2Fforex-news%2Fitem-147168&ct=ga&usg=AFQ";

        Assert.Equal("https://uk.investing.com/news/forex-news/item-147168", UrlNormalizer.Normalize(wrapped));
    }

    [Theory]
    [InlineData("https://example.org/page?next=https://other.org/x")]
    [InlineData("https://www.tandfonline.com/action/cookieAbsent?utm_content=bufferf083d")]
    public void Unwrap_NotAWrapperOrNoTarget_LeavesUrl(string url)
    {
        Assert.Equal(url, UrlNormalizer.Unwrap(url));
    }

    [Fact]
    public void AreEquivalent_HttpVersusHttpsAndTracking_True() =>
        Assert.True(UrlNormalizer.AreEquivalent("http://www.example.org/a/?utm_source=x", "https://EXAMPLE.org/a"));

    [Fact]
    public void AreEquivalent_DifferentPathCase_False() =>
        Assert.False(UrlNormalizer.AreEquivalent("https://example.org/A", "https://example.org/a"));
}
