using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Tests.Authors;

/// <summary>author set / author show against a real LiteDB file in a temp folder.</summary>
public sealed class AuthorCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-author-" + Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public AuthorCommandTests()
    {
        Directory.CreateDirectory(_folder);
        _db = Path.Combine(_folder, "monitor.db");
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leaked handle must not fail the test */ }
    }

    private static ParsedRecord Record(string bio, DateTimeOffset seen)
    {
        Author author = new() { Platform = Platform.Bluesky, AccountId = "did:plc:abc", Handle = "jane.bsky.social", DisplayName = "Jane", Bio = bio, ProfileSeenAt = seen };
        Post post = new()
        {
            Platform = Platform.Bluesky,
            PlatformId = "at://did:plc:abc/app.bsky.feed.post/1",
            Url = "https://bsky.app/profile/jane.bsky.social/post/1",
            CreatedAt = seen,
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = "Interesting trial",
            Links = [],
            Metrics = new PostMetrics(0, 0, 0, 0, null),
            Language = "en",
            RawJson = "{}",
            Matches = [],
        };
        return new ParsedRecord(post, author);
    }

    private void Import(string bio, DateTimeOffset seen)
    {
        using LiteDbStore store = new(new LiteDbStoreOptions(_db, ReadOnly: false, Shared: true));
        store.UpsertBatch([Record(bio, seen)]);
    }

    private Author Stored()
    {
        using LiteDbStore store = new(new LiteDbStoreOptions(_db, ReadOnly: true, Shared: true));
        return Assert.Single(store.FindAuthorsByHandle("jane.bsky.social"));
    }

    [Fact]
    public async Task AuthorSet_ClinicianWithSpecialtyAndStage_StoredAsHumanAndSurvivesReimport()
    {
        DateTimeOffset t0 = new(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        Import("Baltimore, MD. Ravens fan.", t0);

        (int code, string output, string error) = await InProcessCli.RunAsync("--db", _db, "author", "set", "clinician", "--specialty", "pediatric_hematology_oncology", "--stage", "fellow", "@jane.bsky.social");
        Import("New bio: coffee and dogs.", t0.AddDays(3));

        Assert.True(code == 0, error);
        Assert.Contains("clinician, specialty pediatric_hematology_oncology, stage fellow (human)", output);
        Author author = Stored();
        Assert.Equal("New bio: coffee and dogs.", author.Bio);
        Assert.NotNull(author.Human);
        Assert.Equal((AuthorRole.Clinician, Specialty.PediatricHematologyOncology, CareerStage.Fellow, "human"),
            (author.Human!.Role, author.Human.Specialty, author.Human.Stage, author.Human.Source));
        Assert.Same(author.Human, author.Effective);
    }

    [Fact]
    public async Task AuthorSet_ThenClassifyAll_HumanLabelWinsAndMachineLabelIsStoredBeside()
    {
        Import("Pediatric oncologist, MD. Infant leukemia. Views my own.", DateTimeOffset.UnixEpoch);
        await InProcessCli.RunAsync("--db", _db, "author", "set", "researcher", "jane.bsky.social");

        (int code, string output, string error) = await InProcessCli.RunAsync("--db", _db, "classify", "--all", "--model", RepoModel("sentiment-v2.zip"));

        Assert.True(code == 0, error);
        Assert.Contains("labelled 1 authors", output);
        Author author = Stored();
        Assert.Equal(AuthorRole.Researcher, author.Effective!.Role);
        Assert.Equal("human", author.Effective.Source);
        Assert.Equal((AuthorRole.Clinician, Specialty.PediatricHematologyOncology), (author.Machine!.Role, author.Machine.Specialty));
    }

    private static string RepoModel(string file)
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SentimentMonitor.sln")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "models", file);
    }

    [Fact]
    public async Task AuthorShow_AfterSet_PrintsHumanLabelAndClassifierEvidence()
    {
        Import("Pediatric oncologist, MD. Views my own.", DateTimeOffset.UnixEpoch);
        await InProcessCli.RunAsync("--db", _db, "author", "set", "researcher", "jane.bsky.social");

        (int code, string output, _) = await InProcessCli.RunAsync("--db", _db, "author", "show", "jane.bsky.social");

        Assert.Equal(0, code);
        Assert.Contains("in effect: researcher (human)", output);
        Assert.Contains("classifier now: clinician, specialty pediatric_hematology_oncology, stage unknown (author-rules-v1)", output);
        Assert.Contains("- credential: MD", output);
    }

    [Fact]
    public async Task AuthorShow_Json_InEffectHumanMachineAndClassifierNow()
    {
        Import("Pediatric oncologist, MD. Views my own.", DateTimeOffset.UnixEpoch);
        await InProcessCli.RunAsync("--db", _db, "author", "set", "researcher", "jane.bsky.social");

        (int code, string output, string error) = await InProcessCli.RunAsync("--db", _db, "author", "show", "@jane.bsky.social", "--json");

        Assert.True(code == 0, error);
        System.Text.Json.JsonElement author = Assert.Single(System.Text.Json.JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("jane.bsky.social", author.GetProperty("handle").GetString());
        Assert.Equal("bluesky", author.GetProperty("platform").GetString());
        Assert.Equal("researcher", author.GetProperty("in_effect").GetProperty("role").GetString());
        Assert.Equal("human", author.GetProperty("human").GetProperty("source").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, author.GetProperty("machine").ValueKind); // never classified
        System.Text.Json.JsonElement now = author.GetProperty("classifier_now");
        Assert.Equal("clinician", now.GetProperty("role").GetString());
        Assert.Equal("pediatric_hematology_oncology", now.GetProperty("specialty").GetString());
        Assert.Contains(now.GetProperty("evidence").EnumerateArray(), e => e.GetString() == "credential: MD");
    }

    [Fact]
    public async Task AuthorSet_Clear_RemovesHumanLabel()
    {
        Import("Nurse.", DateTimeOffset.UnixEpoch);
        await InProcessCli.RunAsync("--db", _db, "author", "set", "public", "jane.bsky.social");

        (int code, _, _) = await InProcessCli.RunAsync("--db", _db, "author", "set", "clear", "jane.bsky.social");

        Assert.Equal(0, code);
        Assert.Null(Stored().Human);
    }

    [Theory]
    [InlineData("doctor", null, "unknown role 'doctor'")]
    [InlineData("public", "hematology", "--specialty and --stage apply to clinicians only")]
    [InlineData("clinician", "heart", "unknown specialty 'heart'")]
    public async Task AuthorSet_BadValues_UsageErrorAndNothingStored(string role, string? specialty, string message)
    {
        Import("Nurse.", DateTimeOffset.UnixEpoch);
        string[] args = specialty is null
            ? ["--db", _db, "author", "set", role, "jane.bsky.social"]
            : ["--db", _db, "author", "set", role, "--specialty", specialty, "jane.bsky.social"];

        (int code, _, string error) = await InProcessCli.RunAsync(args);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains(message, error);
        Assert.Null(Stored().Human);
    }

    [Fact]
    public async Task AuthorSet_UnknownHandle_NotFound()
    {
        Import("Nurse.", DateTimeOffset.UnixEpoch);

        (int code, _, string error) = await InProcessCli.RunAsync("--db", _db, "author", "set", "public", "nobody");

        Assert.Equal((int)ExitCode.NotFound, code);
        Assert.Contains("no stored author with handle 'nobody'", error);
    }

    [Fact]
    public async Task AuthorClassify_All_WritesMachineLabelAndKeepsHumanLabel()
    {
        Import("Pediatric oncologist, MD. Views my own.", DateTimeOffset.UnixEpoch);
        await InProcessCli.RunAsync("--db", _db, "author", "set", "public", "jane.bsky.social");

        (int first, string output, _) = await InProcessCli.RunAsync("--db", _db, "author", "classify");
        (int again, string second, _) = await InProcessCli.RunAsync("--db", _db, "author", "classify");
        (int all, _, _) = await InProcessCli.RunAsync("--db", _db, "author", "classify", "--all");

        Assert.Equal((0, 0, 0), (first, again, all));
        Assert.Contains("classified 1 authors with author-rules-v1: clinician 1", output);
        Assert.Contains("already classified", second);
        Author author = Stored();
        Assert.Equal((AuthorRole.Clinician, Specialty.PediatricHematologyOncology), (author.Machine!.Role, author.Machine.Specialty));
        Assert.Contains("credential: MD", author.Machine.Evidence);
        Assert.Equal(AuthorRole.Public, author.Effective!.Role);
    }
}
