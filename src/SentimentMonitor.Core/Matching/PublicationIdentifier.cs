namespace SentimentMonitor.Core.Matching;

/// <summary>
/// A normalised publication identifier parsed from user input: a lower-case DOI, PMID digits or "PMC" + digits.
/// <see cref="Key"/> is the <c>Publication.Key</c> a publication known only by this identifier would have.
/// </summary>
public sealed record PublicationIdentifier(PublicationIdentifierKind Kind, string Value)
{
    public string Key => Kind switch
    {
        PublicationIdentifierKind.Doi => Value,
        PublicationIdentifierKind.Pmid => "pmid:" + Value,
        _ => "pmc:" + Value,
    };

    public override string ToString() => Key;
}
