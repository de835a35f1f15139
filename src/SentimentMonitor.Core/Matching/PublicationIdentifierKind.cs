namespace SentimentMonitor.Core.Matching;

/// <summary>Which kind of identifier a user typed to name a publication.</summary>
public enum PublicationIdentifierKind
{
    Doi,
    Pmid,
    Pmcid,
}
