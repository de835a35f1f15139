using System.Text.Json;

namespace SentimentMonitor.Cli.Tests;

public sealed class TrackCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string[]> Keys()
    {
        JsonElement list = await _cli.RunJson("publications", "--json");
        return list.EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToArray();
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/paper")]
    [InlineData("localhost")]
    public async Task Track_UrlThatIsNotAWebAddress_ExitsTwoAndStoresNothing(string url)
    {
        await _cli.RunJson("track", "--doi", "10.1056/NEJMoa2214171", "--json");

        (int code, _, string error) = await _cli.Run("track", "--url", url);

        Assert.Equal(2, code);
        Assert.Contains($"--url '{url}' is not a web address", error);
        Assert.Equal(["10.1056/nejmoa2214171"], await Keys());
    }

    [Theory]
    [InlineData("a")]
    [InlineData("#ai")]
    [InlineData("  ")]
    public async Task Track_KeywordTooShortOrEmpty_ExitsTwoNamingTheOption(string keyword)
    {
        (int code, _, string error) = await _cli.Run("track", "--doi", "10.1056/NEJMoa2214171", "--keyword", keyword);

        Assert.Equal(2, code);
        Assert.Contains("--keyword", error);
        Assert.False(File.Exists(_cli.Db));
    }

    [Fact]
    public async Task Track_PublisherUrlWithoutDoi_TakesTheDoiAsIdentitySoALaterDoiTrackUpdatesIt()
    {
        (int code, string output, string error) = await _cli.Run("track", "--url", "https://www.nejm.org/doi/full/10.1056/NEJMoa2307563", "--json");
        JsonElement again = await _cli.RunJson("track", "--doi", "10.1056/nejmoa2307563", "--keyword", "#SELECTtrial", "--json");

        Assert.Equal(0, code);
        Assert.Equal("10.1056/nejmoa2307563", JsonDocument.Parse(output).RootElement.GetProperty("key").GetString());
        Assert.Contains("took DOI 10.1056/nejmoa2307563 from --url", error);
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(["10.1056/nejmoa2307563"], await Keys());
    }

    [Fact]
    public async Task Track_TitleTooShortToMatch_TracksButSaysItWillNotMatch()
    {
        (int code, _, string error) = await _cli.Run("track", "--doi", "10.1056/NEJMoa2214171", "--title", "Blina");

        Assert.Equal(0, code);
        Assert.Contains("too short to match posts by itself", error);
    }

    [Fact]
    public async Task Publications_KeyLongerThanTheColumn_ColumnsStillLineUp()
    {
        await _cli.RunJson("track", "--doi", "10.1056/NEJMoa2214171", "--json");
        await _cli.RunJson("track", "--keyword", "#infant-blinatumomab-interfant-conference-2023", "--json");

        (_, string output, _) = await _cli.Run("publications");

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int postsColumn = lines[0].IndexOf("POSTS", StringComparison.Ordinal) + "POSTS".Length;
        Assert.Equal(3, lines.Length);
        Assert.All(lines[1..], line => Assert.Equal('0', line[postsColumn - 1]));
    }
}
