using System.Text.Json;
using SentimentMonitor.Core.Collection;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Metadata;
using SentimentMonitor.Sources.Live.Http;

namespace SentimentMonitor.Sources.Live.Metadata;

/// <summary>
/// Resolves publication metadata: the NCBI ID converter maps between DOI, PMID and PMCID (articles in PMC only),
/// Crossref gives title, journal and date for a DOI. Offline or unknown, it says so in one line per service.
/// </summary>
public sealed class CrossrefNcbiMetadataSource(HttpClient http, SourceSettings settings) : IPublicationMetadataSource
{
    private readonly JsonFetcher _fetcher = new(http, settings.Redactor());

    public async Task<PublicationMetadata> ResolveAsync(Publication publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        List<string> problems = [];
        PublicationMetadata ids = await IdConvertAsync(publication, problems, cancellationToken);
        string? doi = publication.Doi ?? ids.Doi;
        PublicationMetadata found = doi is null ? ids : await CrossrefAsync(doi, problems, cancellationToken) with { Pmid = ids.Pmid, Pmcid = ids.Pmcid };
        return found with { Doi = doi, Problems = problems };
    }

    private async Task<PublicationMetadata> CrossrefAsync(string doi, List<string> problems, CancellationToken ct)
    {
        string mailto = settings.ContactEmail is { } m ? "?mailto=" + Uri.EscapeDataString(m) : "";
        Uri url = new(settings.CrossrefBaseUrl, "works/" + Uri.EscapeDataString(doi) + mailto);
        try
        {
            using JsonResponse response = await _fetcher.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), "crossref", null, ct);
            if ((int)response.Status == 404)
            {
                problems.Add($"crossref: DOI {doi} is unknown to Crossref");
                return new PublicationMetadata();
            }
            if (!response.Ok || response.Body?.RootElement.TryGetProperty("message", out JsonElement msg) != true)
            {
                problems.Add($"crossref: {response.Describe()}");
                return new PublicationMetadata();
            }
            return new PublicationMetadata
            {
                Title = First(msg, "title"),
                Journal = First(msg, "container-title"),
                PublishedOn = Date(msg, "published-print") ?? Date(msg, "published-online") ?? Date(msg, "issued"),
            };
        }
        catch (SourceException ex)
        {
            problems.Add($"crossref: unreachable ({ex.Message})");
            return new PublicationMetadata();
        }
    }

    private async Task<PublicationMetadata> IdConvertAsync(Publication p, List<string> problems, CancellationToken ct)
    {
        (string? id, string type) = p.Doi is { } d ? (d, "doi") : p.Pmid is { } pm ? (pm, "pmid") : p.Pmcid is { } pc ? (pc, "pmcid") : (null, "");
        if (id is null)
            return new PublicationMetadata();
        string email = settings.ContactEmail is { } e ? "&email=" + Uri.EscapeDataString(e) : "";
        Uri url = new(settings.NcbiBaseUrl, $"tools/idconv/api/v1/articles/?ids={Uri.EscapeDataString(id)}&idtype={type}&format=json&tool=sentimentmonitor{email}");
        try
        {
            using JsonResponse response = await _fetcher.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), "ncbi", null, ct);
            if (!response.Ok || response.Body is null)
            {
                problems.Add($"ncbi: {response.Describe()}");
                return new PublicationMetadata();
            }
            JsonElement root = response.Body.RootElement;
            JsonElement record = root.TryGetProperty("records", out JsonElement records) && records.ValueKind == JsonValueKind.Array && records.GetArrayLength() > 0 ? records[0] : default;
            if (record.ValueKind != JsonValueKind.Object || Str(record, "errmsg") is { } err)
            {
                problems.Add($"ncbi: no PMID/PMCID for {id} ({(record.ValueKind == JsonValueKind.Object ? Str(record, "errmsg") : Str(root, "message")) ?? "not in PMC"})");
                return new PublicationMetadata();
            }
            return new PublicationMetadata { Doi = Str(record, "doi"), Pmid = Str(record, "pmid"), Pmcid = Str(record, "pmcid") };
        }
        catch (SourceException ex)
        {
            problems.Add($"ncbi: unreachable ({ex.Message})");
            return new PublicationMetadata();
        }
    }

    private static string? First(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement a) && a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0 && a[0].ValueKind == JsonValueKind.String
            ? string.Join(' ', a[0].GetString()!.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            : null;

    private static DateOnly? Date(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out JsonElement d) || !d.TryGetProperty("date-parts", out JsonElement parts) || parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() == 0)
            return null;
        int[] p = parts[0].EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Number).Select(x => x.GetInt32()).ToArray();
        return p.Length == 0 ? null : new DateOnly(p[0], p.Length > 1 ? p[1] : 1, p.Length > 2 ? p[2] : 1);
    }

    private static string? Str(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v)
        ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.Number => v.GetRawText(), _ => null }
        : null;
}
