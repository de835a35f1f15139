using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Metadata;

/// <summary>Looks up title, journal, date and identifiers of a publication (Crossref, NCBI ID converter). Never throws for network trouble: it reports it in <see cref="PublicationMetadata.Problems"/>.</summary>
public interface IPublicationMetadataSource
{
    Task<PublicationMetadata> ResolveAsync(Publication publication, CancellationToken cancellationToken);
}
