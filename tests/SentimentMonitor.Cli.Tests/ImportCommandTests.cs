using System.Text.Json;

namespace SentimentMonitor.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string Doi = "10.1056/NEJMoa2214171";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static long N(JsonElement e, string name) => e.GetProperty(name).GetInt64();

    [Fact]
    public async Task Import_SameFilesTwice_SecondRunReportsNothingNew()
    {
        string[] files = [CliHarness.Fixture("x-kpop-brexit.jsonl"), CliHarness.Fixture("x-obama-errors.jsonl")];

        JsonElement first = await _cli.RunJson(["import", .. files, "--format", "x", "--json"]);
        JsonElement second = await _cli.RunJson(["import", .. files, "--format", "x", "--json"]);

        Assert.Equal(300, N(first, "new"));
        Assert.Equal(0, N(first, "rejected"));
        Assert.Equal(0, N(second, "new"));
        Assert.Equal(N(first, "read"), N(second, "read"));
        Assert.Equal(N(first, "new") + N(first, "duplicates"), N(second, "duplicates"));
    }

    [Fact]
    public async Task Import_EveryBlueskyAndMastodonResponse_StoresPostsAndReportsOnlyNonPostFiles()
    {
        string[] bluesky = Directory.GetFiles(CliHarness.Fixture("bluesky"), "*.json");
        string[] mastodon = Directory.GetFiles(CliHarness.Fixture("mastodon"), "*.json");

        (int code, string output, string error) = await _cli.Run(["import", .. bluesky, "--format", "bluesky", "--json"]);
        JsonElement m = await _cli.RunJson(["import", .. mastodon, "--format", "mastodon", "--json"]);

        Assert.Equal(0, code);
        JsonElement b = JsonDocument.Parse(output).RootElement;
        Assert.True(N(b, "new") > 0 && N(m, "new") > 0);
        // Each rejection names file and line; only profile/follow responses (no posts) are rejected.
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(@"\.json:\d+: ", line));
        Assert.Equal(N(b, "rejected"), error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Import_ThenTrack_ClaimsUnmatchedPostsWithoutReimporting()
    {
        string file = _cli.Generated(500);
        JsonElement imported = await _cli.RunJson("import", file, "--format", "x", "--json");
        Assert.Equal(500, N(imported, "unmatched"));

        JsonElement tracked = await _cli.RunJson("track", "--doi", "https://doi.org/" + Doi.ToUpperInvariant(), "--json");
        JsonElement stats = await _cli.RunJson("stats", "--json");
        JsonElement posts = await _cli.RunJson("posts", "--publication", Doi, "--limit", "3", "--json");

        Assert.Equal(100, N(tracked, "rematched"));
        Assert.Equal(100, N(tracked, "posts"));
        JsonElement pub = stats.GetProperty("publications")[0];
        Assert.Equal("10.1056/nejmoa2214171", pub.GetProperty("key").GetString());
        Assert.Equal(100, N(pub, "posts"));
        Assert.Equal(100, pub.GetProperty("matched_by").GetProperty("doi_text").GetInt64());
        Assert.Equal(400, N(stats, "unmatched"));
        Assert.Equal(3, posts.GetArrayLength());
        Assert.Equal("doi_text", posts[0].GetProperty("publications")[0].GetProperty("matched_by").GetString());
    }

    [Fact]
    public async Task Import_TrackedFirst_MatchesWhileImporting()
    {
        await _cli.RunJson("track", "--doi", Doi, "--title", "Blinatumomab for Infant ALL", "--json");

        JsonElement imported = await _cli.RunJson("import", _cli.Generated(250), "--format", "x", "--json");

        Assert.Equal(250, N(imported, "new"));
        Assert.Equal(200, N(imported, "unmatched"));
        JsonElement list = await _cli.RunJson("publications", "--json");
        Assert.Equal(50, N(list[0], "posts"));
    }

    [Fact]
    public async Task Import_MissingFile_ExitsInputNotFoundWithOneLine()
    {
        (int code, _, string error) = await _cli.Run("import", Path.Combine(_cli.Folder, "nope.jsonl"), "--format", "x");

        Assert.Equal((int)ExitCode.InputNotFound, code);
        Assert.StartsWith("error: input file not found:", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Import_UnknownFormat_ExitsBadInput()
    {
        (int code, _, string error) = await _cli.Run("import", CliHarness.Fixture("x-kpop-brexit.jsonl"), "--format", "myspace");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("unknown format 'myspace'", error);
    }

    [Fact]
    public async Task Import_DatabaseCannotBeCreated_ExitsDatabase()
    {
        string blocker = Path.Combine(_cli.Folder, "file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        StringWriter o = new(), e = new();
        int code;
        using (CliOutput.Redirect(o, e))
            code = await CliApp.RunAsync(["--db", Path.Combine(blocker, "x.db"), "import", CliHarness.Fixture("x-kpop-brexit.jsonl"), "--format", "x"]);

        Assert.Equal((int)ExitCode.Database, code);
        Assert.StartsWith("error: cannot open database", e.ToString());
        Assert.DoesNotContain("   at ", e.ToString());
    }

    [Fact]
    public async Task Import_StrictOnFileWithBadLine_StopsWithBadInputAndKeepsWholeBatches()
    {
        string file = Path.Combine(_cli.Folder, "bad.jsonl");
        List<string> lines = File.ReadLines(_cli.Generated(600)).ToList();
        lines.Insert(3, "{not json");
        await File.WriteAllLinesAsync(file, lines);

        (int code, string output, string error) = await _cli.Run("import", file, "--format", "x", "--strict", "--batch-size", "100", "--json");
        JsonElement posts = await _cli.RunJson("stats", "--json");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("bad.jsonl:4:", error);
        Assert.Equal(0, N(JsonDocument.Parse(output).RootElement, "new") % 100);
        Assert.Equal(N(JsonDocument.Parse(output).RootElement, "new"), N(posts, "unmatched"));
    }
}
