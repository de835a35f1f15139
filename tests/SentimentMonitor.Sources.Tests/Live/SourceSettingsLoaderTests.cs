using SentimentMonitor.Sources.Live;

namespace SentimentMonitor.Sources.Tests.Live;

public sealed class SourceSettingsLoaderTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "sm-settings-" + Guid.NewGuid().ToString("N"));

    private Func<string, string?> Env(Dictionary<string, string> values) => name =>
        values.TryGetValue(name, out string? v) ? v : name == "XDG_CONFIG_HOME" ? Path.Combine(_home, "config") : name == "XDG_STATE_HOME" ? Path.Combine(_home, "state") : null;

    private void WriteConfig(string json)
    {
        string dir = Path.Combine(_home, "config", "sentimentmonitor");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "config.json"), json);
    }

    [Fact]
    public void Load_NothingSet_DefaultsAndNoCredentials()
    {
        SourceSettings s = SourceSettingsLoader.Load(Env([]));

        Assert.False(s.HasX);
        Assert.False(s.HasBluesky);
        Assert.Equal("https://api.x.com/", s.XBaseUrl.ToString());
        Assert.Equal("https://bsky.social/", s.BlueskyBaseUrl.ToString());
        Assert.Contains(new Uri("https://med-mastodon.com"), s.MastodonInstances);
        Assert.Equal(Path.Combine(_home, "state", "sentimentmonitor", "bluesky-session.json"), s.BlueskySessionPath);
        Assert.Null(s.ConfigFile);
    }

    [Fact]
    public void Load_ConfigFileAndEnvironment_EnvironmentWins()
    {
        WriteConfig("""{"xBearerToken":"from-file-token","xBaseUrl":"https://proxy.example/x","bskyHandle":"@me.bsky.social","bskyAppPassword":"file-pass","mastodonInstances":["https://one.example","two.example"]}""");

        SourceSettings s = SourceSettingsLoader.Load(Env(new()
        {
            ["SENTIMENTMONITOR_X_BEARER_TOKEN"] = "from-env-token",
            ["SENTIMENTMONITOR_BSKY_BASE_URL"] = "http://127.0.0.1:5123",
        }));

        Assert.Equal("from-env-token", s.XBearerToken);
        Assert.Equal("https://proxy.example/x", s.XBaseUrl.ToString());
        Assert.Equal("me.bsky.social", s.BlueskyHandle);
        Assert.Equal("http://127.0.0.1:5123/", s.BlueskyBaseUrl.ToString());
        Assert.Equal([new Uri("https://one.example"), new Uri("https://two.example")], s.MastodonInstances);
        Assert.NotNull(s.ConfigFile);
        Assert.DoesNotContain("from-env-token", s.ToString());
        Assert.DoesNotContain("file-pass", s.ToString());
    }

    [Fact]
    public void Load_MastodonInstancesFromEnvironment_CommaSeparated()
    {
        SourceSettings s = SourceSettingsLoader.Load(Env(new() { ["SENTIMENTMONITOR_MASTODON_INSTANCES"] = "http://127.0.0.1:7001, http://127.0.0.1:7002" }));

        Assert.Equal(["127.0.0.1:7001", "127.0.0.1:7002"], s.MastodonInstances.Select(u => u.Authority).ToArray());
    }

    [Fact]
    public void Load_BadUrlOrJson_FormatErrorNamesTheSettingNotTheSecret()
    {
        FormatException bad = Assert.Throws<FormatException>(() => SourceSettingsLoader.Load(Env(new() { ["SENTIMENTMONITOR_X_BASE_URL"] = "ftp://nope" })));
        Assert.Contains("SENTIMENTMONITOR_X_BASE_URL", bad.Message);

        WriteConfig("""{"xBearerToken":"secret-in-broken-file" """);
        FormatException json = Assert.Throws<FormatException>(() => SourceSettingsLoader.Load(Env([])));
        Assert.Contains("config.json", json.Message);
        Assert.DoesNotContain("secret-in-broken-file", json.Message);
    }

    public void Dispose()
    {
        try { Directory.Delete(_home, recursive: true); } catch (IOException) { }
    }
}
