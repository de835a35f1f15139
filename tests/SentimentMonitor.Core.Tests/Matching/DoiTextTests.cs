using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Core.Tests.Matching;

public class DoiTextTests
{
    [Theory]
    [InlineData("10.1056/NEJMoa2214171", "10.1056/nejmoa2214171")]
    [InlineData("  10.1056/NEJMoa2214171  ", "10.1056/nejmoa2214171")]
    [InlineData("doi:10.1056/NEJMoa2214171", "10.1056/nejmoa2214171")]
    [InlineData("DOI: 10.1056/NEJMoa2214171", "10.1056/nejmoa2214171")]
    [InlineData("info:doi/10.1056/NEJMoa2214171", "10.1056/nejmoa2214171")]
    [InlineData("urn:doi:10.1056/NEJMoa2214171", "10.1056/nejmoa2214171")]
    [InlineData("https://doi.org/10.1056/NEJMoa2214171", "10.1056/nejmoa2214171")]
    [InlineData("http://dx.doi.org/10.1056/NEJMoa2214171", "10.1056/nejmoa2214171")]
    [InlineData("doi.org/10.1056/NEJMoa2214171", "10.1056/nejmoa2214171")]
    [InlineData("https://doi.org/10.1056%2FNEJMoa2214171#x", "10.1056/nejmoa2214171")]
    [InlineData("https://doi.org/10.1056/NEJMoa2214171?utm_source=x", "10.1056/nejmoa2214171")]
    [InlineData("10.1056/NEJMoa2214171.", "10.1056/nejmoa2214171")]
    [InlineData("10.1016/S0140-6736(23)01234-5", "10.1016/s0140-6736(23)01234-5")]
    [InlineData("10.1016/S0140-6736(23)01234-5)", "10.1016/s0140-6736(23)01234-5")]
    [InlineData("10.1016/S0140-6736%2823%2901234-5", "10.1016/s0140-6736(23)01234-5")]
    [InlineData("10.1371/journal.pone.0284567", "10.1371/journal.pone.0284567")]
    [InlineData("10.1000.10/abc", "10.1000.10/abc")]
    [InlineData("10.1056&#x2F;NEJMoa2214171", "10.1056/nejmoa2214171")]
    public void Normalize_AcceptedForms_GiveLowerCaseDoi(string input, string expected) =>
        Assert.Equal(expected, DoiText.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("37099340")]
    [InlineData("10.1056")]
    [InlineData("10.1056/")]
    [InlineData("10.12/abc")]
    [InlineData("11.1056/NEJMoa2214171")]
    [InlineData("10.1056/NEJMoa2214171 and more words")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171")]
    [InlineData("https://doi.org/gq8f9x")]
    [InlineData("10.1056/NEJMo…")]
    public void Normalize_NotOneDoi_ReturnsNull(string? input) => Assert.Null(DoiText.Normalize(input));

    [Fact]
    public void FindAll_SentenceWithSeveralDois_ReturnsEachOnceInOrder()
    {
        string text = "Compare 10.1056/NEJMoa2214171, doi:10.1371/journal.pone.0284567 and (10.1056/nejmoa2214171).";

        IReadOnlyList<string> dois = DoiText.FindAll(text);

        Assert.Equal(["10.1056/nejmoa2214171", "10.1371/journal.pone.0284567"], dois);
    }

    [Fact]
    public void FindAll_LongerDoi_IsFoundWhole()
    {
        Assert.Equal(["10.1056/nejmoa22141710"], DoiText.FindAll("see 10.1056/NEJMoa22141710 today"));
    }

    [Theory]
    [InlineData("version 10.2.3 of the app")]
    [InlineData("ratio 210.1056/abc")]
    [InlineData("truncated doi.org/10.1056/NEJMoa22…")]
    [InlineData("no dois here at all")]
    public void FindAll_NoDoi_ReturnsEmpty(string text) => Assert.Empty(DoiText.FindAll(text));

    [Fact]
    public void FindAll_PublisherUrlWithPageTail_KeepsTailForCallerToTrim()
    {
        // Suffixes may contain '/', so text alone cannot tell where a DOI in a path ends; the matcher tries prefixes.
        Assert.Equal(["10.1111/cobi.12631/abstract"], DoiText.FindAll("http://onlinelibrary.wiley.com/doi/10.1111/cobi.12631/abstract"));
    }
}
