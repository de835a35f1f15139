using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Core.Tests.Matching;

/// <summary>
/// The matching specification as a table: each row is one link (in Post.Links) or one text (Post.Text), the
/// publication it must match ("" = none) and the exact set of kinds it must match by. Every row also asserts
/// that no other tracked publication matched.
/// </summary>
public class PublicationMatcherTableTests
{
    private static readonly PublicationMatcher Matcher = new(TrackedPublications.All);

    [Theory]
    // Resolver links for the running example.
    [InlineData("https://doi.org/10.1056/NEJMoa2214171", "nejm", "DoiLink")]
    [InlineData("http://dx.doi.org/10.1056/NEJMoa2214171", "nejm", "DoiLink")]
    [InlineData("https://www.doi.org/10.1056/nejmoa2214171", "nejm", "DoiLink")]
    [InlineData("https://doi.org/10.1056%2FNEJMoa2214171", "nejm", "DoiLink")]
    [InlineData("HTTPS://DOI.ORG/10.1056/NEJMOA2214171", "nejm", "DoiLink")]
    [InlineData("https://doi.org/10.1056/NEJMoa2214171#sec-1", "nejm", "DoiLink")]
    [InlineData("https://doi.org/10.1056/NEJMoa2214171?utm_source=twitter&utm_medium=social", "nejm", "DoiLink")]
    [InlineData("https://doi.org/10.1056/NEJMoa2214171/", "nejm", "DoiLink")]
    [InlineData("https://hdl.handle.net/10.1056/NEJMoa2214171", "nejm", "DoiLink")]
    [InlineData("https://doi.org/10.1056/NEJMoa22141710", "", "")]
    [InlineData("https://doi.org/10.1056/NEJMoa221417", "", "")]
    [InlineData("https://doi.org/10.1056/NEJMc2214171", "", "")]
    // Publisher landing pages carrying the DOI.
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/doi/10.1056/NEJMoa2214171", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/doi/pdf/10.1056/NEJMoa2214171", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/doi/abs/10.1056/NEJMoa2214171", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?query=featured_home", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?utm_campaign=x&utm_medium=social#article_citing_articles", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/action/showSupplements?doi=10.1056%2FNEJMoa2214171", "nejm", "PublisherUrl")]
    [InlineData("http://nejm.org/doi/full/10.1056/nejmoa2214171/", "nejm", "PublisherUrl")]
    [InlineData("https://evidence.nejm.org/doi/full/10.1056/NEJMoa2214171", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/doi/suppl/10.1056/NEJMoa2214171/suppl_file/nejmoa2214171_appendix.pdf", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?af=R&amp;rss=currentIssue", "nejm", "PublisherUrl")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa22141710", "", "")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa2214170", "", "")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMc2214171", "", "")]
    [InlineData("https://www.nejm.org/toc/nejm/388/17", "", "")]
    // PubMed and Europe PMC.
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/37099340/", "nejm", "Pubmed")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/37099340", "nejm", "Pubmed")]
    [InlineData("http://www.ncbi.nlm.nih.gov/pubmed/37099340", "nejm", "Pubmed")]
    [InlineData("https://europepmc.org/article/MED/37099340", "nejm", "Pubmed")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/37099340/?utm_source=Twitter&fc=20230427", "nejm", "Pubmed")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/370993401/", "", "")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/3709934/", "", "")]
    // Shortened links are never matched: the collector expands them first.
    [InlineData("https://t.co/AbCdEf1234", "", "")]
    [InlineData("https://bit.ly/3xYzNejm", "", "")]
    [InlineData("https://nej.mn/3AbCdEf", "", "")]
    [InlineData("https://buff.ly/2kLmNoP", "", "")]
    [InlineData("https://doi.org/gq8f9x", "", "")]
    // Registered URL (a news story the user tracked) versus unregistered news.
    [InlineData("https://www.cancer.gov/news-events/cancer-currents-blog/2023/blinatumomab-infant-all", "nejm", "Url")]
    [InlineData("http://cancer.gov/news-events/cancer-currents-blog/2023/blinatumomab-infant-all/", "nejm", "Url")]
    [InlineData("https://WWW.CANCER.GOV/news-events/cancer-currents-blog/2023/blinatumomab-infant-all?utm_source=twitter&fbclid=abc", "nejm", "Url")]
    [InlineData("https://www.cancer.gov/news-events/cancer-currents-blog/2023/blinatumomab-infant-all#comments", "nejm", "Url")]
    [InlineData("https://www.cancer.gov/news-events/cancer-currents-blog/2023/blinatumomab-infant-all-2", "", "")]
    [InlineData("https://www.statnews.com/2023/04/26/blinatumomab-infant-leukemia-nejm/", "", "")]
    [InlineData("https://twitter.com/NEJM/status/1651234567890123456", "", "")]
    [InlineData("at://did:plc:abc/app.bsky.feed.post/3jxyz", "", "")]
    // Wrappers that carry the real URL.
    [InlineData("https://www.google.com/url?rct=j&sa=t&url=https://www.nejm.org/doi/full/10.1056/NEJMoa2214171&ct=ga", "nejm", "PublisherUrl")]
    [InlineData("https://consent.google.com/ml?continue=https://news.google.com/?url%3Dhttps://www.nejm.org/doi/full/10.1056/NEJMoa2214171%26hl%3Den&gl=DE", "nejm", "PublisherUrl")]
    [InlineData("https://l.facebook.com/l.php?u=https%3A%2F%2Fpubmed.ncbi.nlm.nih.gov%2F37099340%2F&h=AT0", "nejm", "Pubmed")]
    // The Lancet-style DOI with parentheses, and its PII landing pages.
    [InlineData("https://doi.org/10.1016/S0140-6736(23)01234-5", "lancet", "DoiLink")]
    [InlineData("https://doi.org/10.1016/s0140-6736(23)01234-5", "lancet", "DoiLink")]
    [InlineData("https://doi.org/10.1016/S0140-6736%2823%2901234-5", "lancet", "DoiLink")]
    [InlineData("https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(23)01234-5/fulltext", "lancet", "PublisherUrl")]
    [InlineData("https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(23)01234-5/fulltext?dgcid=twitter", "lancet", "PublisherUrl")]
    [InlineData("https://www.sciencedirect.com/science/article/pii/S0140673623012345", "lancet", "PublisherUrl")]
    [InlineData("https://www.sciencedirect.com/science/article/pii/S0140673623012346", "", "")]
    [InlineData("https://doi.org/10.1016/S0140-6736(23)01234-6", "", "")]
    // PLOS: the DOI is an id-bearing query parameter; PMC links.
    [InlineData("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0284567", "plos", "PublisherUrl")]
    [InlineData("https://journals.plos.org/plosone/article?id=10.1371%2Fjournal.pone.0284567&utm_source=twitter", "plos", "PublisherUrl")]
    [InlineData("https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0284567&type=printable", "plos", "PublisherUrl")]
    [InlineData("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.02845670", "", "")]
    [InlineData("https://doi.org/10.1371/journal.pone.0284567", "plos", "DoiLink")]
    [InlineData("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC10123456/", "plos", "Pmc")]
    [InlineData("https://pmc.ncbi.nlm.nih.gov/articles/PMC10123456/", "plos", "Pmc")]
    [InlineData("https://europepmc.org/article/PMC/PMC10123456", "plos", "Pmc")]
    [InlineData("https://pmc.ncbi.nlm.nih.gov/articles/PMC101234567/", "", "")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/37000001/", "plos", "Pubmed")]
    public void Match_Link_MatchesExpectedPublicationAndKinds(string link, string publication, string kinds) =>
        AssertMatches(TrackedPublications.PostWith("", link), publication, kinds);

    [Theory]
    // DOIs written in sentences.
    [InlineData("Big news today: doi:10.1056/NEJMoa2214171", "nejm", "DoiText")]
    [InlineData("DOI: 10.1056/NEJMoa2214171.", "nejm", "DoiText")]
    [InlineData("info:doi/10.1056/NEJMoa2214171", "nejm", "DoiText")]
    [InlineData("See 10.1056/nejmoa2214171, out today", "nejm", "DoiText")]
    [InlineData("Paper (see 10.1056/NEJMoa2214171).", "nejm", "DoiText")]
    [InlineData("(10.1056/NEJMoa2214171)", "nejm", "DoiText")]
    [InlineData("10.1056/NEJMOA2214171!", "nejm", "DoiText")]
    [InlineData("\"10.1056/NEJMoa2214171\"", "nejm", "DoiText")]
    [InlineData("🎉10.1056/NEJMoa2214171 🎉", "nejm", "DoiText")]
    [InlineData("10.1056%2FNEJMoa2214171", "nejm", "DoiText")]
    [InlineData("10.1056&#x2F;NEJMoa2214171", "nejm", "DoiText")]
    [InlineData("[10.1056/NEJMoa2214171]", "nejm", "DoiText")]
    [InlineData("<10.1056/NEJMoa2214171>", "nejm", "DoiText")]
    [InlineData("10.1056/NEJMoa2214171's results are in", "nejm", "DoiText")]
    [InlineData("ref 10.1056/NEJMoa2214171; 10.1056/NEJMoa2214172", "nejm", "DoiText")]
    [InlineData("10.1056/NEJMoa22141710 is a different paper", "", "")]
    [InlineData("x10.1056/NEJMoa2214171", "", "")]
    [InlineData("doi.org/10.1056/NEJMo…", "", "")]
    [InlineData("doi.org/10.1056/NEJMoa2214171…", "", "")]
    // Links pasted into the text.
    [InlineData("https://doi.org/10.1056/NEJMoa2214171 🔥", "nejm", "DoiLink")]
    [InlineData("👉https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?utm_source=twitter", "nejm", "PublisherUrl")]
    [InlineData("Read: https://pubmed.ncbi.nlm.nih.gov/37099340/.", "nejm", "Pubmed")]
    [InlineData("(https://www.cancer.gov/news-events/cancer-currents-blog/2023/blinatumomab-infant-all)", "nejm", "Url")]
    [InlineData("https://www.nejm.org/doi/full/10.1056/NEJMoa22…", "", "")]
    [InlineData("new paper https://t.co/AbCdEf1234", "", "")]
    [InlineData("10.1056/NEJMoa2214171 https://doi.org/10.1056/NEJMoa2214171", "nejm", "DoiText,DoiLink")]
    // PubMed and PMC identifiers written out.
    [InlineData("PMID: 37099340", "nejm", "Pubmed")]
    [InlineData("pmid:37099340", "nejm", "Pubmed")]
    [InlineData("PMID 370993401", "", "")]
    [InlineData("Full text free at PMC10123456", "plos", "Pmc")]
    [InlineData("PMC101234560", "", "")]
    // Titles: whole, any case and punctuation, or a long prefix; never a short fragment.
    [InlineData("Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia", "nejm", "Title")]
    [InlineData("must read: BLINATUMOMAB ADDED TO CHEMOTHERAPY IN INFANT LYMPHOBLASTIC LEUKEMIA!!", "nejm", "Title")]
    [InlineData("“Blinatumomab added to chemotherapy in infant lymphoblastic leukemia” — wow", "nejm", "Title")]
    [InlineData("Blinatumomab added to chemotherapy in infant lymphoblastic…", "nejm", "Title")]
    [InlineData("Blinatumomab added to chemotherapy", "", "")]
    [InlineData("Blinatumomab in infant leukemia looks promising", "", "")]
    [InlineData("sleep and mood", "", "")]
    // Keywords and hashtags, whole words only.
    [InlineData("Great #InfantALL results today", "nejm", "Keyword")]
    [InlineData("#infantall", "nejm", "Keyword")]
    [InlineData("#InfantALLTrial", "", "")]
    [InlineData("Interfant-18 pilot is out", "nejm", "Keyword")]
    [InlineData("interfant 18", "nejm", "Keyword")]
    [InlineData("Interfant-181", "", "")]
    [InlineData("new data on pediatric leukemia", "", "")]
    // The Lancet-style DOI with parentheses in text.
    [InlineData("(doi:10.1016/S0140-6736(23)01234-5)", "lancet", "DoiText")]
    [InlineData("10.1016/S0140-6736(23)01234-5).", "lancet", "DoiText")]
    [InlineData("10.1016/S0140-6736(23)01234", "", "")]
    [InlineData("Zyloprenib versus standard care for relapsed examplitis: a randomised trial", "lancet", "Title,Keyword")]
    [InlineData("Zyloprenib versus standard care for relapsed examplitis", "lancet", "Title,Keyword")]
    [InlineData("zyloprenib!", "lancet", "Keyword")]
    [InlineData("zyloprenibs", "", "")]
    // PLOS in text.
    [InlineData("doi: 10.1371/journal.pone.0284567", "plos", "DoiText")]
    public void Match_Text_MatchesExpectedPublicationAndKinds(string text, string publication, string kinds) =>
        AssertMatches(TrackedPublications.PostWith(text), publication, kinds);

    private static void AssertMatches(Post post, string publication, string kinds)
    {
        IReadOnlyList<PublicationMatch> matches = Matcher.Match(post);

        if (publication.Length == 0)
        {
            Assert.Empty(matches);
            return;
        }
        string key = TrackedPublications.ByName(publication).Key;
        Assert.All(matches, m => Assert.Equal(key, m.PublicationKey));
        MatchKind[] expected = kinds.Split(',').Select(Enum.Parse<MatchKind>).Order().ToArray();
        Assert.Equal(expected, matches.Select(m => m.Kind).Order().ToArray());
        Assert.All(matches, m => Assert.False(string.IsNullOrEmpty(m.Evidence)));
    }
}
