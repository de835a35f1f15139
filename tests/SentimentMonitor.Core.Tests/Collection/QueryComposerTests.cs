using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Collection;

public sealed class QueryComposerTests
{
    private static readonly Publication Seed = new()
    {
        Key = "10.1056/nejmoa2214171",
        Doi = "10.1056/NEJMoa2214171",
        Pmid = "37099340",
        Pmcid = "PMC1234567",
        Title = "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia",
        Urls = ["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?query=featured_home", "https://medsummariesweekly.com/blinatumomab-added/"],
        Keywords = ["#OncSky", "blinatumomab infants", "#MedSky"],
    };

    [Fact]
    public void Terms_SeedPublication_CarriesEveryIdentifierForm()
    {
        PublicationSearchTerms terms = PublicationSearchTerms.From(Seed);

        Assert.Equal("10.1056/nejmoa2214171", terms.Doi);
        Assert.Contains("doi.org/10.1056/nejmoa2214171", terms.Links);
        Assert.Contains("nejm.org/doi/full/10.1056/NEJMoa2214171", terms.Links);
        Assert.Contains("pubmed.ncbi.nlm.nih.gov/37099340", terms.Links);
        Assert.Contains("pmc.ncbi.nlm.nih.gov/articles/PMC1234567", terms.Links);
        Assert.Equal(["OncSky", "MedSky"], terms.Hashtags);
        Assert.Equal(["blinatumomab infants"], terms.Keywords);
    }

    [Fact]
    public void XCompose_Seed_OneQueryWithDoiUrlTermAndTitlePhrase()
    {
        IReadOnlyList<string> queries = XQueryComposer.Compose(PublicationSearchTerms.From(Seed), archive: false);

        string q = Assert.Single(queries);
        Assert.StartsWith("(url:\"10.1056/nejmoa2214171\" OR \"10.1056/nejmoa2214171\"", q);
        Assert.Contains("\"Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia\"", q);
        Assert.DoesNotContain("nejm.org/doi", q);
        Assert.Contains("#OncSky", q);
    }

    [Fact]
    public void XCompose_ManyUrls_SplitsUnderRecentLimitAndKeepsEveryTerm()
    {
        Publication many = Seed with { Urls = Enumerable.Range(0, 40).Select(i => $"https://example{i}.org/articles/some-long-news-story-{i}").ToList() };
        PublicationSearchTerms terms = PublicationSearchTerms.From(many);

        IReadOnlyList<string> recent = XQueryComposer.Compose(terms, archive: false);
        IReadOnlyList<string> archive = XQueryComposer.Compose(terms, archive: true);

        Assert.True(recent.Count > 1);
        Assert.All(recent, q => Assert.True(q.Length <= XQueryComposer.RecentLimit, $"{q.Length} chars"));
        Assert.All(archive, q => Assert.True(q.Length <= XQueryComposer.ArchiveLimit));
        Assert.True(archive.Count < recent.Count);
        foreach (string term in XQueryComposer.Terms(terms))
            Assert.Single(recent, q => q.Contains(term));
    }

    [Fact]
    public void BlueskyCompose_Seed_UrlFiltersDoiPhraseAndTags()
    {
        IReadOnlyList<string> queries = BlueskyQueryComposer.Compose(PublicationSearchTerms.From(Seed));

        Assert.Contains("url=https://doi.org/10.1056/nejmoa2214171", queries);
        Assert.Contains("q=\"10.1056/nejmoa2214171\"", queries);
        Assert.Contains("tag=OncSky", queries);
        Assert.Contains("q=\"blinatumomab infants\"", queries);
    }
}
