namespace SentimentMonitor.Core.Domain;

/// <summary>How a post was found to cite a publication, strongest first.</summary>
public enum MatchKind
{
    DoiLink,
    DoiText,
    PublisherUrl,
    Pubmed,
    Pmc,
    Url,
    Title,
    Keyword,
}
