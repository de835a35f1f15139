using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Core.Tests.Matching;

public class ShortLinksTests
{
    [Theory]
    [InlineData("https://t.co/AbCdEf1234")]
    [InlineData("http://bit.ly/3xYz")]
    [InlineData("https://buff.ly/2kLmNoP")]
    [InlineData("https://ow.ly/abc12")]
    [InlineData("https://tinyurl.com/y7abcd")]
    [InlineData("https://lnkd.in/eAbCdE")]
    [InlineData("https://dlvr.it/SmX1y2")]
    [InlineData("https://trib.al/AbC1dE")]
    [InlineData("https://nej.mn/3AbCdEf")]
    [InlineData("https://doi.org/gq8f9x")]
    [InlineData("https://doi.org/10/gq8f9x")]
    [InlineData("bit.ly/3xYz")]
    public void IsShortened_Shorteners_True(string url) => Assert.True(ShortLinks.IsShortened(url));

    [Theory]
    [InlineData("https://doi.org/10.1056/NEJMoa2214171")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171")]
    [InlineData("https://t.co")]
    [InlineData("https://bit.ly/")]
    [InlineData("https://not-t.co/abc")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void IsShortened_OtherLinks_False(string? url) => Assert.False(ShortLinks.IsShortened(url));

    [Theory]
    [InlineData("https://doi.org/gq8f9x", true)]
    [InlineData("http://dx.doi.org/10/gq8f9x", true)]
    [InlineData("https://doi.org/10.1056/NEJMoa2214171", false)]
    [InlineData("https://bit.ly/abc", false)]
    public void IsShortDoi_OnlyDoiOrgShortForms(string url, bool expected) => Assert.Equal(expected, ShortLinks.IsShortDoi(url));
}
