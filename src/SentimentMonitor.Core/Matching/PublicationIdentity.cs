using System.Diagnostics.CodeAnalysis;
using System.Text;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Matching;

/// <summary>
/// Identity of publications: the canonical <c>Publication.Key</c> (lower-case DOI, else <c>pmid:NNN</c>, else
/// <c>pmc:PMCNNN</c>, else a title slug) and parsing of identifiers typed by users (a DOI in any URL form,
/// PMID digits, a PMC id, PubMed/PMC/Europe PMC links).
/// </summary>
public static class PublicationIdentity
{
    private const int MaxSlugLength = 80;

    // Landing-page tails that follow a DOI in publisher paths (wiley.com/doi/10.1111/x/abstract).
    private static readonly string[] PublisherTails =
        ["/full", "/abstract", "/abs", "/pdf", "/epdf", "/pdfdirect", "/fulltext", "/html", "/meta", "/summary",
         "/references", "/figures", "/suppl", "/epub", "/supplemental", "/full.pdf", "/info"];

    /// <summary>
    /// The key for a publication with these identifiers; throws <see cref="ArgumentException"/> when none is
    /// usable or a given DOI/PMID/PMCID is malformed (so a typo never silently becomes a title key).
    /// </summary>
    public static string KeyFor(string? doi, string? pmid, string? pmcid, string? title)
    {
        if (!string.IsNullOrWhiteSpace(doi))
            return NormalizeDoi(doi) ?? throw new ArgumentException($"'{doi}' is not a DOI (expected 10.NNNN/…)", nameof(doi));
        if (!string.IsNullOrWhiteSpace(pmid))
            return "pmid:" + (NormalizePmid(pmid) ?? throw new ArgumentException($"'{pmid}' is not a PMID (expected digits)", nameof(pmid)));
        if (!string.IsNullOrWhiteSpace(pmcid))
            return "pmc:" + (NormalizePmcid(pmcid) ?? throw new ArgumentException($"'{pmcid}' is not a PMCID (expected PMC + digits)", nameof(pmcid)));
        string slug = TitleSlug(title);
        return slug.Length > 0 ? slug : throw new ArgumentException("a publication needs a DOI, PMID, PMCID or title");
    }

    /// <summary>The key <paramref name="publication"/>'s identifiers imply (ignores its current Key).</summary>
    public static string KeyFor(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return KeyFor(publication.Doi, publication.Pmid, publication.Pmcid, publication.Title);
    }

    /// <summary>Lower-case DOI from a bare DOI, doi:/info:doi/ forms, resolver or publisher URLs; else null.</summary>
    public static string? NormalizeDoi(string? value) =>
        TryParse(value, out PublicationIdentifier? id) && id.Kind == PublicationIdentifierKind.Doi ? id.Value : null;

    /// <summary>PMID digits from "37099340", "PMID: 37099340", "pmid:37099340" or a PubMed link; else null.</summary>
    public static string? NormalizePmid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        ReadOnlySpan<char> s = value.AsSpan().Trim();
        if (s.StartsWith("pmid", StringComparison.OrdinalIgnoreCase))
            s = s[4..].TrimStart(": ");
        if (s.Length is > 0 and <= 9 && !s.ContainsAnyExceptInRange('0', '9'))
            return s.ToString();
        return value.Contains('/') && TryParse(value, out PublicationIdentifier? id) && id.Kind == PublicationIdentifierKind.Pmid ? id.Value : null;
    }

    /// <summary>"PMC" + digits from "PMC1234567", "pmc1234567", "pmc:PMC1234567", bare digits or a PMC link; else null.</summary>
    public static string? NormalizePmcid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (StrictPmcid(value.AsSpan().Trim()) is { } pmcid)
            return pmcid;
        return value.Contains('/') && TryParse(value, out PublicationIdentifier? id) && id.Kind == PublicationIdentifierKind.Pmcid ? id.Value : null;
    }

    /// <summary>Lower-case words of the title joined by '-', at most 80 characters, cut at a word; "" when none.</summary>
    public static string TitleSlug(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return "";
        StringBuilder sb = new(Math.Min(title.Length, MaxSlugLength));
        bool pendingDash = false;
        foreach (char c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingDash = sb.Length > 0;
                continue;
            }
            if (pendingDash)
            {
                if (sb.Length + 2 > MaxSlugLength)
                    break;
                sb.Append('-');
                pendingDash = false;
            }
            if (sb.Length == MaxSlugLength)
                break;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Parses what a user typed to name a publication. A DOI is recognised in any form (bare, doi:, doi.org,
    /// publisher landing URL); all digits is a PMID; "PMC" + digits a PMCID; PubMed/PMC/Europe PMC links too.
    /// False for anything else (the caller may then try it as a stored key or title slug).
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out PublicationIdentifier? identifier)
    {
        identifier = null;
        if (string.IsNullOrWhiteSpace(input))
            return false;
        string s = input.Trim();
        if (DoiText.TryNormalize(s, out string doi))
            return Found(PublicationIdentifierKind.Doi, doi, out identifier);
        ReadOnlySpan<char> span = s.AsSpan();
        if (span.StartsWith("pmid", StringComparison.OrdinalIgnoreCase) || !span.ContainsAnyExceptInRange('0', '9'))
        {
            string? pmid = NormalizeDigitsOnly(span.StartsWith("pmid", StringComparison.OrdinalIgnoreCase) ? span[4..].TrimStart(": ") : span);
            return pmid is not null && Found(PublicationIdentifierKind.Pmid, pmid, out identifier);
        }
        if (span.StartsWith("pmc", StringComparison.OrdinalIgnoreCase) && !span.Contains('/'))
        {
            string? pmcid = StrictPmcid(span);
            return pmcid is not null && Found(PublicationIdentifierKind.Pmcid, pmcid, out identifier);
        }
        if (!LinkReader.TryRead(s, withCanonical: false, out LinkFacts facts))
            return false;
        if ((facts.ResolverDoi ?? facts.QueryDoi ?? TrimPublisherTail(facts.PathDoi)) is { } linked)
            return Found(PublicationIdentifierKind.Doi, linked, out identifier);
        if (facts.Pmid is not null)
            return Found(PublicationIdentifierKind.Pmid, facts.Pmid, out identifier);
        return facts.Pmcid is not null && Found(PublicationIdentifierKind.Pmcid, facts.Pmcid, out identifier);
    }

    /// <summary>True when <paramref name="publication"/> carries <paramref name="identifier"/> (DOI, PMID or PMCID).</summary>
    public static bool Refers(Publication publication, PublicationIdentifier identifier)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(identifier);
        return identifier.Kind switch
        {
            PublicationIdentifierKind.Doi => DoiText.Normalize(publication.Doi) == identifier.Value,
            PublicationIdentifierKind.Pmid => NormalizePmid(publication.Pmid) == identifier.Value,
            _ => NormalizePmcid(publication.Pmcid) == identifier.Value,
        };
    }

    private static string? TrimPublisherTail(string? doi)
    {
        if (doi is null)
            return null;
        int supplement = doi.IndexOf("/suppl_file/", StringComparison.Ordinal);
        if (supplement > 0)
            doi = doi[..supplement];
        bool trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (string tail in PublisherTails)
            {
                if (doi.EndsWith(tail, StringComparison.Ordinal) && doi.IndexOf('/') < doi.Length - tail.Length)
                {
                    doi = doi[..^tail.Length];
                    trimmed = true;
                }
            }
        }
        return doi;
    }

    private static string? StrictPmcid(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("pmc:", StringComparison.OrdinalIgnoreCase))
            s = s[4..].TrimStart();
        if (s.StartsWith("pmc", StringComparison.OrdinalIgnoreCase))
            s = s[3..];
        return s.Length is > 0 and <= 10 && !s.ContainsAnyExceptInRange('0', '9') ? "PMC" + s.ToString() : null;
    }

    private static string? NormalizeDigitsOnly(ReadOnlySpan<char> s) =>
        s.Length is > 0 and <= 9 && !s.ContainsAnyExceptInRange('0', '9') ? s.ToString() : null;

    private static bool Found(PublicationIdentifierKind kind, string value, out PublicationIdentifier identifier)
    {
        identifier = new PublicationIdentifier(kind, value);
        return true;
    }
}
