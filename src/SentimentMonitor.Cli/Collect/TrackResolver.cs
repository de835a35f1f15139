using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Matching;
using SentimentMonitor.Core.Metadata;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Sources.Live.Http;
using SentimentMonitor.Sources.Live.Metadata;

namespace SentimentMonitor.Cli.Collect;

/// <summary>
/// <c>track --resolve</c>: fills a publication from Crossref and the NCBI ID converter. Offline, it prints one line
/// and returns the publication unchanged, so tracking never depends on the network.
/// </summary>
internal static class TrackResolver
{
    public static async Task<Publication> ResolveAsync(VerbContext ctx, Publication wanted)
    {
        SourceSettings settings;
        try
        {
            settings = SourceSettingsLoader.Load();
        }
        catch (FormatException ex)
        {
            throw new CliException(ExitCode.NotConfigured, ex.Message);
        }
        // Few retries and a short timeout: a person is waiting, and offline must be reported quickly.
        using HttpClient http = SourceHttpClientFactory.Create(TimeProvider.System, new SourceHttpOptions { MaxRetries = 1, AttemptTimeout = TimeSpan.FromSeconds(15), RetryBaseDelay = TimeSpan.FromSeconds(1) });
        PublicationMetadata found = await new CrossrefNcbiMetadataSource(http, settings).ResolveAsync(wanted, ctx.Cancellation);
        SecretRedactor redactor = settings.Redactor();
        if (found.Problems.Count > 0 && found.Problems.All(p => p.Contains("unreachable", StringComparison.Ordinal)))
            ctx.Error.WriteLine("resolve: could not reach Crossref or NCBI (offline?); tracked without looked-up metadata");
        else
            foreach (string problem in found.Problems)
                ctx.Error.WriteLine(redactor.Redact("resolve: " + problem));
        Publication filled = MetadataMerge.Fill(wanted, found);
        // A DOI found for a PMID-only paper becomes its identity, as if given with --doi.
        return filled.Doi is not null && wanted.Doi is null
            ? filled with { Key = PublicationIdentity.KeyFor(filled.Doi, filled.Pmid, filled.Pmcid, filled.Title) }
            : filled;
    }
}
