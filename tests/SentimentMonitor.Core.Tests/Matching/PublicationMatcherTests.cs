using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Core.Tests.Matching;

public class PublicationMatcherTests
{
    private static readonly PublicationMatcher Matcher = new(TrackedPublications.All);

    [Fact]
    public void Match_SameKindTwice_RecordsOneMatchWithFirstEvidence()
    {
        Post post = TrackedPublications.PostWith("", "https://doi.org/10.1056/NEJMoa2214171", "http://dx.doi.org/10.1056/nejmoa2214171");

        PublicationMatch match = Assert.Single(Matcher.Match(post));

        Assert.Equal(new PublicationMatch("10.1056/nejmoa2214171", MatchKind.DoiLink, "https://doi.org/10.1056/NEJMoa2214171"), match);
    }

    [Fact]
    public void Match_SeveralPublicationsAndKinds_OrderedByPublicationThenStrength()
    {
        Post post = TrackedPublications.PostWith(
            "#InfantALL and PMC10123456 vs doi:10.1056/NEJMoa2214171",
            "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0284567",
            "https://pubmed.ncbi.nlm.nih.gov/37099340/");

        IReadOnlyList<PublicationMatch> matches = Matcher.Match(post);

        Assert.Equal(
            [
                ("10.1056/nejmoa2214171", MatchKind.DoiText),
                ("10.1056/nejmoa2214171", MatchKind.Pubmed),
                ("10.1056/nejmoa2214171", MatchKind.Keyword),
                ("10.1371/journal.pone.0284567", MatchKind.PublisherUrl),
                ("10.1371/journal.pone.0284567", MatchKind.Pmc),
            ],
            matches.Select(m => (m.PublicationKey, m.Kind)));
    }

    [Fact]
    public void Match_Evidence_IsTextAsWritten()
    {
        Post post = TrackedPublications.PostWith("Wow: “BLINATUMOMAB added to chemotherapy in infant lymphoblastic leukemia” (doi:10.1056/NEJMoa2214171).");

        IReadOnlyList<PublicationMatch> matches = Matcher.Match(post);

        Assert.Contains(new PublicationMatch("10.1056/nejmoa2214171", MatchKind.Title, "BLINATUMOMAB added to chemotherapy in infant lymphoblastic leukemia"), matches);
        Assert.Contains(new PublicationMatch("10.1056/nejmoa2214171", MatchKind.DoiText, "10.1056/NEJMoa2214171"), matches);
    }

    [Fact]
    public void Match_LongText_UsesPooledBufferAndStillFindsTitle()
    {
        string text = new string('x', 3000) + " blinatumomab added to chemotherapy in infant lymphoblastic leukemia " + new string('y', 3000);

        PublicationMatch match = Assert.Single(Matcher.Match(TrackedPublications.PostWith(text)));

        Assert.Equal(MatchKind.Title, match.Kind);
    }

    [Fact]
    public void Match_NoPublications_ReturnsEmpty() =>
        Assert.Empty(new PublicationMatcher([]).Match(TrackedPublications.PostWith("doi:10.1056/NEJMoa2214171")));

    [Fact]
    public void Match_StaticConvenience_SameAsInstance()
    {
        Post post = TrackedPublications.PostWith("", "https://www.nejm.org/doi/full/10.1056/NEJMoa2214171");

        Assert.Equal(Matcher.Match(post), PublicationMatcher.Match(post, TrackedPublications.All));
    }

    [Fact]
    public void Match_TextAndLinksOverload_MatchesLikePost()
    {
        IReadOnlyList<PublicationMatch> matches = Matcher.Match("PMID: 37099340", null);

        Assert.Equal(MatchKind.Pubmed, Assert.Single(matches).Kind);
    }

    [Fact]
    public void Match_PublicationWithOnlyPmid_MatchesPubmedLink()
    {
        Publication onlyPmid = new() { Key = "pmid:37099340", Pmid = "37099340" };

        IReadOnlyList<PublicationMatch> matches = new PublicationMatcher([onlyPmid]).Match(TrackedPublications.PostWith("", "https://www.ncbi.nlm.nih.gov/pubmed/37099340"));

        Assert.Equal(new PublicationMatch("pmid:37099340", MatchKind.Pubmed, "https://www.ncbi.nlm.nih.gov/pubmed/37099340"), Assert.Single(matches));
    }

    [Fact]
    public void Match_RegisteredUrlTypedWithoutScheme_MatchesSharedLink()
    {
        Publication publication = new() { Key = "k", Urls = ["www.statnews.com/2023/04/26/infant-leukemia/"] };

        IReadOnlyList<PublicationMatch> matches = new PublicationMatcher([publication])
            .Match(TrackedPublications.PostWith("", "https://statnews.com/2023/04/26/infant-leukemia?utm_source=twitter"));

        Assert.Equal(MatchKind.Url, Assert.Single(matches).Kind);
    }

    [Fact]
    public void Constructor_NullPublicationInList_Throws() =>
        Assert.Throws<ArgumentException>(() => new PublicationMatcher([TrackedPublications.Nejm, null!]));

    [Fact]
    public void Match_NullPost_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Matcher.Match((Post)null!));

    [Theory]
    [InlineData("https://www.biorxiv.org/content/10.1101/2020.06.18.160317v1")]
    [InlineData("https://www.medrxiv.org/content/10.1101/2020.06.18.160317v3.full.pdf")]
    [InlineData("https://doi.org/10.1101/2020.06.18.160317")]
    public void Match_PreprintVersionedLink_MatchesUnversionedDoi(string link)
    {
        Publication preprint = new() { Key = "10.1101/2020.06.18.160317", Doi = "10.1101/2020.06.18.160317" };

        Assert.Single(new PublicationMatcher([preprint]).Match(TrackedPublications.PostWith("", link)));
    }

    [Fact]
    public void Match_OupLandingPageWithArticleNumber_MatchesByDoiPrefix()
    {
        Publication oup = new() { Key = "10.1093/infdis/jiaa691", Doi = "10.1093/infdis/jiaa691" };

        PublicationMatch match = Assert.Single(new PublicationMatcher([oup])
            .Match(TrackedPublications.PostWith("", "https://academic.oup.com/jid/advance-article/doi/10.1093/infdis/jiaa691/5943164")));

        Assert.Equal(MatchKind.PublisherUrl, match.Kind);
    }
}
