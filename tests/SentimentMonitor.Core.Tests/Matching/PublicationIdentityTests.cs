using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Core.Tests.Matching;

public class PublicationIdentityTests
{
    [Theory]
    [InlineData("10.1056/NEJMoa2214171", "37099340", null, "Title", "10.1056/nejmoa2214171")]
    [InlineData("https://doi.org/10.1056/NEJMoa2214171", null, null, null, "10.1056/nejmoa2214171")]
    [InlineData(null, "37099340", "PMC10123456", "Title", "pmid:37099340")]
    [InlineData(null, "PMID: 37099340", null, null, "pmid:37099340")]
    [InlineData(null, null, "PMC10123456", "Title", "pmc:PMC10123456")]
    [InlineData(null, null, "pmc10123456", null, "pmc:PMC10123456")]
    [InlineData(null, null, "10123456", null, "pmc:PMC10123456")]
    [InlineData(null, null, null, "Blinatumomab Added to Chemotherapy: Infant ALL!", "blinatumomab-added-to-chemotherapy-infant-all")]
    public void KeyFor_PrefersDoiThenPmidThenPmcidThenTitle(string? doi, string? pmid, string? pmcid, string? title, string expected) =>
        Assert.Equal(expected, PublicationIdentity.KeyFor(doi, pmid, pmcid, title));

    [Theory]
    [InlineData("not-a-doi", null, null, "Title")]
    [InlineData(null, "37a", null, "Title")]
    [InlineData(null, null, "PMCX", "Title")]
    [InlineData(null, null, null, "   ")]
    [InlineData(null, null, null, "!!!")]
    public void KeyFor_MalformedOrMissing_Throws(string? doi, string? pmid, string? pmcid, string? title) =>
        Assert.Throws<ArgumentException>(() => PublicationIdentity.KeyFor(doi, pmid, pmcid, title));

    [Fact]
    public void KeyFor_Publication_UsesIdentifiersNotStoredKey()
    {
        Publication publication = TrackedPublications.Plos with { Key = "stale" };

        Assert.Equal("10.1371/journal.pone.0284567", PublicationIdentity.KeyFor(publication));
    }

    [Fact]
    public void TitleSlug_LongTitle_CutAtWordWithinEightyCharacters()
    {
        string slug = PublicationIdentity.TitleSlug(string.Join(' ', Enumerable.Repeat("leukemia", 20)));

        Assert.True(slug.Length <= 80);
        Assert.EndsWith("leukemia", slug);
        Assert.DoesNotContain("--", slug);
    }

    [Theory]
    [InlineData("10.1056/NEJMoa2214171", PublicationIdentifierKind.Doi, "10.1056/nejmoa2214171")]
    [InlineData("doi:10.1056/NEJMoa2214171", PublicationIdentifierKind.Doi, "10.1056/nejmoa2214171")]
    [InlineData("https://doi.org/10.1056%2FNEJMoa2214171", PublicationIdentifierKind.Doi, "10.1056/nejmoa2214171")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?query=featured_home", PublicationIdentifierKind.Doi, "10.1056/nejmoa2214171")]
    [InlineData("http://onlinelibrary.wiley.com/doi/10.1111/cobi.12631/abstract", PublicationIdentifierKind.Doi, "10.1111/cobi.12631")]
    [InlineData("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0284567", PublicationIdentifierKind.Doi, "10.1371/journal.pone.0284567")]
    [InlineData("https://www.healthaffairs.org/doi/suppl/10.1377/hlthaff.2018.05375/suppl_file/2018-05375_suppl_appendix.pdf", PublicationIdentifierKind.Doi, "10.1377/hlthaff.2018.05375")]
    [InlineData("https://www.biorxiv.org/content/10.1101/2020.06.18.160317v1.full.pdf", PublicationIdentifierKind.Doi, "10.1101/2020.06.18.160317")]
    [InlineData("https://www.biorxiv.org/content/10.1101/613802v2", PublicationIdentifierKind.Doi, "10.1101/613802")]
    [InlineData("https://link.springer.com/article/10.1007/s40264-020-00992-7", PublicationIdentifierKind.Doi, "10.1007/s40264-020-00992-7")]
    [InlineData("http://www.ncbi.nlm.nih.gov/pubmed/24118661", PublicationIdentifierKind.Pmid, "24118661")]
    [InlineData("37099340", PublicationIdentifierKind.Pmid, "37099340")]
    [InlineData("PMID: 37099340", PublicationIdentifierKind.Pmid, "37099340")]
    [InlineData("pmid:37099340", PublicationIdentifierKind.Pmid, "37099340")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/37099340/", PublicationIdentifierKind.Pmid, "37099340")]
    [InlineData("PMC10123456", PublicationIdentifierKind.Pmcid, "PMC10123456")]
    [InlineData("pmc:PMC10123456", PublicationIdentifierKind.Pmcid, "PMC10123456")]
    [InlineData("https://pmc.ncbi.nlm.nih.gov/articles/PMC10123456/", PublicationIdentifierKind.Pmcid, "PMC10123456")]
    public void TryParse_TypedIdentifiers_AreRecognised(string input, PublicationIdentifierKind kind, string value)
    {
        Assert.True(PublicationIdentity.TryParse(input, out PublicationIdentifier? identifier));
        Assert.Equal(new PublicationIdentifier(kind, value), identifier);
    }

    [Theory]
    [InlineData("")]
    [InlineData("blinatumomab")]
    [InlineData("https://www.statnews.com/2023/04/26/story/")]
    [InlineData("1234567890")]
    public void TryParse_Other_False(string input) => Assert.False(PublicationIdentity.TryParse(input, out _));

    [Theory]
    [InlineData("https://doi.org/10.1056/NEJMOA2214171", "10.1056/nejmoa2214171")]
    [InlineData("PMID 37099340", "pmid:37099340")]
    [InlineData("PMC10123456", "pmc:PMC10123456")]
    public void Identifier_Key_IsPublicationKeyForm(string input, string key)
    {
        Assert.True(PublicationIdentity.TryParse(input, out PublicationIdentifier? identifier));
        Assert.Equal(key, identifier.Key);
    }

    [Fact]
    public void Refers_ByAnyIdentifier()
    {
        Assert.True(PublicationIdentity.Refers(TrackedPublications.Plos, new PublicationIdentifier(PublicationIdentifierKind.Pmid, "37000001")));
        Assert.True(PublicationIdentity.Refers(TrackedPublications.Plos, new PublicationIdentifier(PublicationIdentifierKind.Pmcid, "PMC10123456")));
        Assert.True(PublicationIdentity.Refers(TrackedPublications.Nejm, new PublicationIdentifier(PublicationIdentifierKind.Doi, "10.1056/nejmoa2214171")));
        Assert.False(PublicationIdentity.Refers(TrackedPublications.Nejm, new PublicationIdentifier(PublicationIdentifierKind.Pmid, "37000001")));
    }
}
