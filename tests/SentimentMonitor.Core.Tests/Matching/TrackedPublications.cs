using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Tests.Matching;

/// <summary>
/// Publications the matching tests track. The NEJM paper is the project's running example (real DOI, PMID and
/// title); the Lancet-style and PLOS ones are written for these tests (made-up identifiers of the real shapes).
/// </summary>
internal static class TrackedPublications
{
    public static readonly Publication Nejm = new()
    {
        Key = "10.1056/nejmoa2214171",
        Doi = "10.1056/NEJMoa2214171",
        Pmid = "37099340",
        Title = "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia",
        Journal = "N Engl J Med",
        Urls = ["https://www.cancer.gov/news-events/cancer-currents-blog/2023/blinatumomab-infant-all"],
        Keywords = ["#InfantALL", "Interfant-18"],
    };

    public static readonly Publication Lancet = new()
    {
        Key = "10.1016/s0140-6736(23)01234-5",
        Doi = "10.1016/S0140-6736(23)01234-5",
        Title = "Zyloprenib versus standard care for relapsed examplitis: a randomised trial",
        Keywords = ["zyloprenib"],
    };

    public static readonly Publication Plos = new()
    {
        Key = "10.1371/journal.pone.0284567",
        Doi = "10.1371/journal.pone.0284567",
        Pmid = "37000001",
        Pmcid = "PMC10123456",
        Title = "Sleep and mood",
    };

    public static readonly IReadOnlyList<Publication> All = [Nejm, Lancet, Plos];

    public static Publication ByName(string name) => name switch
    {
        "nejm" => Nejm,
        "lancet" => Lancet,
        "plos" => Plos,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static Post PostWith(string text = "", params string[] links) => new()
    {
        Platform = Platform.X,
        PlatformId = "1",
        CreatedAt = new DateTimeOffset(2023, 4, 27, 12, 0, 0, TimeSpan.Zero),
        AuthorKey = "x:1",
        AuthorHandle = "someone",
        Text = text,
        Links = links,
    };
}
