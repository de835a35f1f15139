using System.Diagnostics;
using System.Text;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Tests.Collect;

/// <summary>The collect verb as a user runs it: a real child process against a loopback X API.</summary>
public sealed class CollectProcessTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "sm-cli-collect-" + Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public CollectProcessTests()
    {
        Directory.CreateDirectory(_home);
        _db = Path.Combine(_home, "monitor.db");
        using LiteDbStore store = new(new LiteDbStoreOptions(_db, Shared: true));
        store.Upsert(new Publication { Key = FakeXApi.Doi, Doi = FakeXApi.Doi, Title = "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia" });
    }

    private ChildCli Cli(FakeXApi api, string token = FakeXApi.Token)
    {
        ChildCli cli = new(_home);
        cli.Environment["SENTIMENTMONITOR_X_BASE_URL"] = api.BaseUrl.ToString();
        cli.Environment["SENTIMENTMONITOR_X_BEARER_TOKEN"] = token;
        return cli;
    }

    private List<Post> StoredPosts()
    {
        using LiteDbStore store = new(new LiteDbStoreOptions(_db, ReadOnly: true, Shared: true));
        return store.Query(new PostQuery { Platform = Platform.X }).ToList();
    }

    [Fact]
    public async Task Collect_KilledMidRun_NextRunEndsWithExactlyTheUninterruptedPosts()
    {
        await using FakeXApi api = await FakeXApi.StartAsync(pages: 20, delay: TimeSpan.FromMilliseconds(150));
        ChildCli cli = Cli(api);

        using (Process child = cli.Start("collect", "--db", _db, "--source", "x"))
        {
            Stopwatch clock = Stopwatch.StartNew();
            while (api.Queries.Count < 7 && clock.Elapsed < TimeSpan.FromSeconds(90) && !child.HasExited)
                await Task.Delay(20);
            Assert.False(child.HasExited, "the first run finished before it could be killed");
            child.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            await child.WaitForExitAsync();
        }
        int killedAt = api.Queries.Count;
        Assert.InRange(StoredPosts().Count, 100, 1900);

        api.Delay = TimeSpan.Zero;
        (int exit, string output, string error) = await cli.RunAsync("collect", "--db", _db, "--source", "x");

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Contains("next_token=tok", api.Queries[killedAt]);
        List<Post> posts = StoredPosts();
        Assert.Equal(FakeXApi.AllIds(20).Order(StringComparer.Ordinal), posts.Select(p => p.PlatformId).Order(StringComparer.Ordinal));
        Assert.All(posts, p => Assert.Contains(p.Matches, m => m.PublicationKey == FakeXApi.Doi));
        Assert.InRange(api.Queries.Count, 20, 22); // at most the page in flight at the kill is fetched twice
        Assert.Contains("x: estimated cost", output);

        (int again, string againOut, _) = await cli.RunAsync("collect", "--db", _db, "--source", "x", "--json");
        Assert.Equal(0, again);
        Assert.Contains("since_id=" + FakeXApi.AllIds(1).First(), api.Queries[^1]);
        Assert.Contains("\"newPosts\":0", againOut);
    }

    [Fact]
    public async Task Collect_MaxRequests_StopsWithSummaryAndResumesNextRun()
    {
        await using FakeXApi api = await FakeXApi.StartAsync(pages: 5, delay: TimeSpan.Zero);
        ChildCli cli = Cli(api);

        (int exit, string output, _) = await cli.RunAsync("collect", "--db", _db, "--source", "x", "--max-requests", "2");
        Assert.Equal(0, exit);
        Assert.Contains("budget reached", output);
        Assert.Contains("x: 2 requests, 200 posts read, 200 new", output);
        Assert.Contains("x: estimated cost $1.000", output);
        Assert.Equal(200, StoredPosts().Count);

        await cli.RunAsync("collect", "--db", _db, "--source", "x");
        Assert.Equal(500, StoredPosts().Count);
        Assert.Equal(5, api.Queries.Count);
    }

    [Fact]
    public async Task Collect_NoCredentials_NotConfiguredWithHint()
    {
        ChildCli cli = new(_home);

        (int exit, _, string error) = await cli.RunAsync("collect", "--db", _db, "--source", "x");

        Assert.Equal(7, exit);
        Assert.Contains("SENTIMENTMONITOR_X_BEARER_TOKEN", error);
    }

    [Fact]
    public async Task Collect_RefusedTokenWithVerbose_TokenNeverInOutputOrDatabase()
    {
        await using FakeXApi api = await FakeXApi.StartAsync(pages: 1, delay: TimeSpan.Zero);
        const string wrong = "very-secret-wrong-token-31337";
        ChildCli cli = Cli(api, wrong);

        (int exit, string output, string error) = await cli.RunAsync("collect", "--db", _db, "--source", "x", "--verbose");

        Assert.Equal(7, exit);
        Assert.True(error.Contains("bearer token was refused"), error);
        Assert.DoesNotContain(wrong, output + error);
        Assert.DoesNotContain(wrong, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(_db)));
    }

    public void Dispose()
    {
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { }
    }
}
