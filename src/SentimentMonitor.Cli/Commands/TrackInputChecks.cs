using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Rejects <c>track</c> inputs that would silently never match (a URL that is not a web address) or match far too
/// much (a one- or two-letter keyword claims every post that contains it).
/// </summary>
internal static class TrackInputChecks
{
    private const int MinKeywordLettersOrDigits = 3;

    /// <summary>Throws <see cref="ArgumentException"/> for an empty value or one that is not an http(s) address.</summary>
    public static void CheckUrls(IEnumerable<string> urls)
    {
        foreach (string url in urls)
        {
            if (string.IsNullOrWhiteSpace(url))
                throw new ArgumentException("--url needs a web address (https://…)");
            if (WebAddress(url) is null)
                throw new ArgumentException($"--url '{url.Trim()}' is not a web address (expected https://host/path)");
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> for an empty keyword or one with fewer than 3 letters or digits.</summary>
    public static void CheckKeywords(IEnumerable<string> keywords)
    {
        foreach (string keyword in keywords)
        {
            if (string.IsNullOrWhiteSpace(keyword))
                throw new ArgumentException("--keyword needs a word or #hashtag");
            if (keyword.Count(char.IsLetterOrDigit) < MinKeywordLettersOrDigits)
                throw new ArgumentException($"--keyword '{keyword.Trim()}' is too short: every post containing it would count as citing the paper (use at least {MinKeywordLettersOrDigits} letters)");
        }
    }

    /// <summary>The DOI, PMID or PMCID a doi.org, publisher, PubMed or PMC link names; null for other pages.</summary>
    public static PublicationIdentifier? IdentifierIn(string url) =>
        WebAddress(url) is { } uri && PublicationIdentity.TryParse(uri.AbsoluteUri, out PublicationIdentifier? id) ? id : null;

    /// <summary>The address, with https:// assumed when the scheme is left out ("nejm.org/doi/…"); null when it is not one.</summary>
    private static Uri? WebAddress(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Contains(' ', StringComparison.Ordinal))
            return null;
        string candidate = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed;
        return Uri.TryCreate(candidate, UriKind.Absolute, out Uri? uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Contains('.', StringComparison.Ordinal)
            ? uri
            : null;
    }
}
