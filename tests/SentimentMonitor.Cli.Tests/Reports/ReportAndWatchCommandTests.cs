using System.Text.Json;

namespace SentimentMonitor.Cli.Tests.Reports;

public sealed class ReportAndWatchCommandTests : IDisposable
{
    private const string Doi = "10.1056/NEJMoa2214171";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task Seed()
    {
        Assert.Equal(0, (await _cli.Run("track", "--doi", Doi)).Code);
        Assert.Equal(0, (await _cli.Run("import", _cli.Generated(500), "--format", "x")).Code);
    }

    [Fact]
    public async Task Report_TrackedPaperWithImportedPosts_WritesEveryFileWithEveryCitingPost()
    {
        await Seed();
        string output = Path.Combine(_cli.Folder, "report");

        (int code, string stdout, string stderr) = await _cli.Run("report", "--publication", Doi, "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("wrote 15 files", stdout);
        Assert.Equal(100, CsvRecords(Path.Combine(output, "posts.csv")));
        Assert.Equal(100, File.ReadAllLines(Path.Combine(output, "posts.jsonl")).Length);
        JsonElement summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json"))).RootElement;
        Assert.Equal(100, summary.GetProperty("publications")[0].GetProperty("headline").GetProperty("posts").GetInt32());
        Assert.True(new FileInfo(Path.Combine(output, "report.html")).Length > 50_000);
    }

    private static int CsvRecords(string path)
    {
        using StreamReader reader = new(path);
        using CsvHelper.CsvReader csv = new(reader, System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        int n = 0;
        while (csv.Read())
            n++;
        return n;
    }

    [Theory]
    [InlineData(6, "--publication", "10.9999/none")]
    [InlineData(2, "--publication", Doi, "--from", "2024-13-01")]
    [InlineData(2, "--publication", Doi, "--from", "2024-05-02", "--to", "2024-05-01")]
    public async Task Report_BadArguments_ClearErrorAndExitCode(int expected, params string[] args)
    {
        await Seed();

        (int code, _, string stderr) = await _cli.Run(["report", .. args, "--out", Path.Combine(_cli.Folder, "r")]);

        Assert.Equal(expected, code);
        Assert.StartsWith("error: ", stderr);
    }

    [Fact]
    public async Task WatchOnce_RuleHolds_AlertsOnceAcrossRunsAndLogsIt()
    {
        await Seed();
        string config = Path.Combine(_cli.Folder, "config.json");
        File.WriteAllText(config, """{ "alerts": { "rules": [ { "name": "any-posts", "kind": "volume_surge", "threshold": 1, "minPosts": 1, "windowDays": 100000 } ] } }""");

        (int code, string first, string firstErr) = await _cli.Run("watch", "--once", "--no-collect", "--config", config);
        (int code2, string second, string secondErr) = await _cli.Run("watch", "--once", "--no-collect", "--config", config);

        Assert.True(code == 0, firstErr);
        Assert.Equal(0, code2);
        Assert.Contains("ALERT RAISED any-posts", first);
        Assert.DoesNotContain("ALERT", second);
        Assert.Contains("alerts: 1 publications × 1 rules: 1 raised", firstErr);
        Assert.Contains("alerts: 1 publications × 1 rules: 0 raised, 0 cleared, 1 active", secondErr);
        Assert.DoesNotContain("collect:", firstErr);
        Assert.Single(File.ReadAllLines(Path.Combine(_cli.Folder, "alerts.log")), l => l.Contains("RAISED any-posts"));
    }

    [Fact]
    public async Task Watch_BadInterval_UsageError()
    {
        await Seed();

        (int code, _, string stderr) = await _cli.Run("watch", "--once", "--every", "soon");

        Assert.Equal(2, code);
        Assert.Contains("--every 'soon'", stderr);
    }
}
