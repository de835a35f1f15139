using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Metadata;
using SentimentMonitor.Sources.Live.Http;
using SentimentMonitor.Sources.Live.Metadata;

namespace SentimentMonitor.Sources.Tests.Live;

public sealed class CrossrefNcbiMetadataSourceTests
{
    private static readonly Publication ByDoi = new() { Key = "10.1056/nejmoa2214171", Doi = "10.1056/nejmoa2214171" };

    private static async Task Serve(HttpContext c)
    {
        c.Response.ContentType = "application/json";
        string path = c.Request.Path.Value!;
        if (path.StartsWith("/works/", StringComparison.Ordinal))
        {
            if (!path.EndsWith("nejmoa2214171", StringComparison.Ordinal))
            {
                c.Response.StatusCode = 404;
                await c.Response.WriteAsync("Resource not found.");
                return;
            }
            await c.Response.WriteAsync("""
                {"status":"ok","message-type":"work","message":{"DOI":"10.1056/NEJMoa2214171",
                 "title":["Blinatumomab Added to Chemotherapy in Infant Lymphoblastic\n Leukemia"],
                 "container-title":["New England Journal of Medicine"],
                 "published-print":{"date-parts":[[2023,4,27]]},"issued":{"date-parts":[[2023,4,27]]},
                 "author":[{"given":"Inge M.","family":"van der Sluis"}]}}
                """);
            return;
        }
        if (path == "/tools/idconv/api/v1/articles/")
        {
            string ids = c.Request.Query["ids"]!;
            await c.Response.WriteAsync(ids == "10.1056/nejmoa2214171"
                ? """{"status":"ok","responseDate":"2026-03-02 12:00:00","request":"ids=10.1056/nejmoa2214171","records":[{"doi":"10.1056/NEJMoa2214171","pmcid":"PMC10100000","pmid":37099340,"requested-id":"10.1056/nejmoa2214171"}]}"""
                : $$"""{"status":"ok","records":[{"requested-id":"{{ids}}","errmsg":"invalid article id"}]}""");
            return;
        }
        c.Response.StatusCode = 404;
    }

    [Fact]
    public async Task Resolve_KnownDoi_TitleJournalDateAndPmcIds()
    {
        await using Harness h = new();
        await using LoopbackServer server = await LoopbackServer.StartAsync(Serve);
        var settings = h.Settings(server.BaseUrl) with { CrossrefBaseUrl = server.BaseUrl, NcbiBaseUrl = server.BaseUrl, ContactEmail = "team@example.org" };

        PublicationMetadata found = await new CrossrefNcbiMetadataSource(h.Http, settings).ResolveAsync(ByDoi, CancellationToken.None);
        Publication filled = MetadataMerge.Fill(ByDoi with { Title = "My own title" }, found);

        Assert.Empty(found.Problems);
        Assert.Equal("Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia", found.Title);
        Assert.Equal("New England Journal of Medicine", found.Journal);
        Assert.Equal(new DateOnly(2023, 4, 27), found.PublishedOn);
        Assert.Equal("37099340", found.Pmid);
        Assert.Equal("PMC10100000", found.Pmcid);
        Assert.Equal("My own title", filled.Title);
        Assert.Equal("team@example.org", server.To("/works/")[0].Query("mailto"));
    }

    [Fact]
    public async Task Resolve_UnknownDoi_OneProblemPerServiceNoThrow()
    {
        await using Harness h = new();
        await using LoopbackServer server = await LoopbackServer.StartAsync(Serve);
        var settings = h.Settings(server.BaseUrl) with { CrossrefBaseUrl = server.BaseUrl, NcbiBaseUrl = server.BaseUrl };

        PublicationMetadata found = await new CrossrefNcbiMetadataSource(h.Http, settings).ResolveAsync(ByDoi with { Doi = "10.9999/nothing" }, CancellationToken.None);

        Assert.Null(found.Title);
        Assert.Contains(found.Problems, p => p.StartsWith("crossref: DOI 10.9999/nothing is unknown", StringComparison.Ordinal));
        Assert.Contains(found.Problems, p => p.StartsWith("ncbi: no PMID/PMCID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolve_Offline_ReportsUnreachableAndReturnsNothing()
    {
        await using Harness h = new(new SourceHttpOptions { MaxRetries = 1, AttemptTimeout = TimeSpan.FromSeconds(15) });
        TcpListener probe = new(IPAddress.Loopback, 0);
        probe.Start();
        Uri closed = new($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        probe.Stop();
        var settings = h.Settings(closed) with { CrossrefBaseUrl = closed, NcbiBaseUrl = closed };

        PublicationMetadata found = await new CrossrefNcbiMetadataSource(h.Http, settings).ResolveAsync(ByDoi, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, found.Problems.Count);
        Assert.All(found.Problems, p => Assert.Contains("unreachable", p));
        Assert.Equal(ByDoi, MetadataMerge.Fill(ByDoi, found));
    }
}
