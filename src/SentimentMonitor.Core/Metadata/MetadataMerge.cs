using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Metadata;

/// <summary>Fills a publication's empty fields from looked-up metadata; what the user gave always wins.</summary>
public static class MetadataMerge
{
    public static Publication Fill(Publication publication, PublicationMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(metadata);
        return publication with
        {
            Doi = publication.Doi ?? metadata.Doi?.ToLowerInvariant(),
            Title = publication.Title ?? metadata.Title,
            Journal = publication.Journal ?? metadata.Journal,
            PublishedOn = publication.PublishedOn ?? metadata.PublishedOn,
            Pmid = publication.Pmid ?? metadata.Pmid,
            Pmcid = publication.Pmcid ?? metadata.Pmcid,
        };
    }
}
