using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;
using SentimentMonitor.TestSupport;

namespace SentimentMonitor.Cli.Tests.Collect;

/// <summary><c>track --resolve</c> as a user runs it: online against loopback Crossref/NCBI, and offline.</summary>
public sealed class TrackResolveProcessTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "sm-cli-resolve-" + Guid.NewGuid().ToString("N"));
    private string Db => Path.Combine(_home, "monitor.db");

    public TrackResolveProcessTests() => Directory.CreateDirectory(_home);

    private Publication? Stored(string doi)
    {
        using LiteDbStore store = new(new LiteDbStoreOptions(Db, ReadOnly: true, Shared: true));
        return store.Find(doi);
    }

    [Fact]
    public async Task TrackResolve_Online_FillsTitleJournalDateAndIds()
    {
        await using LoopbackHost host = await LoopbackHost.StartAsync(app => app.Run(async c =>
        {
            c.Response.ContentType = "application/json";
            if (c.Request.Path.StartsWithSegments("/works"))
                await c.Response.WriteAsync("""{"status":"ok","message":{"title":["Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia"],"container-title":["New England Journal of Medicine"],"published-print":{"date-parts":[[2023,4,27]]}}}""");
            else
                await c.Response.WriteAsync("""{"status":"ok","records":[{"doi":"10.1056/NEJMoa2214171","pmid":"37099340","pmcid":"PMC10100000"}]}""");
        }));
        string url = host.BaseUrl.ToString().TrimEnd('/');
        ChildCli cli = new(_home);
        cli.Environment["SENTIMENTMONITOR_CROSSREF_BASE_URL"] = url;
        cli.Environment["SENTIMENTMONITOR_NCBI_BASE_URL"] = url;

        (int exit, _, string error) = await cli.RunAsync("track", "--db", Db, "--doi", "10.1056/NEJMoa2214171", "--resolve");

        Assert.True(exit == 0, error);
        Publication p = Stored("10.1056/nejmoa2214171")!;
        Assert.Equal("Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia", p.Title);
        Assert.Equal("New England Journal of Medicine", p.Journal);
        Assert.Equal(new DateOnly(2023, 4, 27), p.PublishedOn);
        Assert.Equal("37099340", p.Pmid);
        Assert.Equal("PMC10100000", p.Pmcid);
    }

    [Fact]
    public async Task TrackResolve_Offline_OneLineAndStillTracked()
    {
        TcpListener probe = new(IPAddress.Loopback, 0);
        probe.Start();
        string closed = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        probe.Stop();
        ChildCli cli = new(_home);
        cli.Environment["SENTIMENTMONITOR_CROSSREF_BASE_URL"] = closed;
        cli.Environment["SENTIMENTMONITOR_NCBI_BASE_URL"] = closed;

        (int exit, _, string error) = await cli.RunAsync("track", "--db", Db, "--doi", "10.1056/NEJMoa2214171", "--resolve");

        Assert.Equal(0, exit);
        Assert.Equal(["resolve: could not reach Crossref or NCBI (offline?); tracked without looked-up metadata"],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.NotNull(Stored("10.1056/nejmoa2214171"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_home, recursive: true); } catch (IOException) { }
    }
}
