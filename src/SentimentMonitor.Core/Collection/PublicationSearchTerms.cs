using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Collection;

/// <summary>
/// What can be searched for a publication, source-neutral: its DOI, the links that carry it (DOI resolver,
/// registered URLs, PubMed and PMC pages), its title phrase, keywords and hashtags.
/// </summary>
public sealed record PublicationSearchTerms
{
    /// <summary>Lower-cased DOI, or null.</summary>
    public string? Doi { get; init; }
    /// <summary>Links without scheme or "www." (e.g. "doi.org/10.1056/x", "pubmed.ncbi.nlm.nih.gov/123").</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
    /// <summary>Full https URLs of the same links (for APIs that filter on a URL).</summary>
    public IReadOnlyList<string> FullUrls { get; init; } = [];
    public string? TitlePhrase { get; init; }
    /// <summary>Plain keywords (no '#').</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>Hashtags without the leading '#'.</summary>
    public IReadOnlyList<string> Hashtags { get; init; } = [];

    public static PublicationSearchTerms From(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        List<string> links = [];
        string? doi = string.IsNullOrWhiteSpace(publication.Doi) ? null : publication.Doi.Trim().ToLowerInvariant();
        if (doi is not null)
            links.Add($"doi.org/{doi}");
        foreach (string url in publication.Urls)
            links.Add(StripScheme(url));
        if (!string.IsNullOrWhiteSpace(publication.Pmid))
            links.Add($"pubmed.ncbi.nlm.nih.gov/{publication.Pmid.Trim()}");
        if (!string.IsNullOrWhiteSpace(publication.Pmcid))
        {
            string pmc = publication.Pmcid.Trim().ToUpperInvariant();
            if (!pmc.StartsWith("PMC", StringComparison.Ordinal))
                pmc = "PMC" + pmc;
            links.Add($"pmc.ncbi.nlm.nih.gov/articles/{pmc}");
        }
        List<string> distinct = links.Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        List<string> keywords = [];
        List<string> hashtags = [];
        foreach (string raw in publication.Keywords)
        {
            string k = raw.Trim();
            if (k.StartsWith('#') && k.Length > 1)
                hashtags.Add(k[1..]);
            else if (k.Length > 0)
                keywords.Add(k);
        }

        string? title = string.IsNullOrWhiteSpace(publication.Title)
            ? null
            : string.Join(' ', publication.Title.Replace("\"", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

        return new PublicationSearchTerms
        {
            Doi = doi,
            Links = distinct,
            FullUrls = distinct.Select(l => "https://" + l).ToList(),
            TitlePhrase = title,
            Keywords = keywords.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Hashtags = hashtags.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }

    /// <summary>"https://www.nejm.org/doi/full/x/" → "nejm.org/doi/full/x".</summary>
    public static string StripScheme(string url)
    {
        string s = url.Trim();
        int scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            s = s[(scheme + 3)..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            s = s[4..];
        int cut = s.IndexOfAny(['?', '#']);
        if (cut >= 0)
            s = s[..cut];
        return s.TrimEnd('/');
    }
}
