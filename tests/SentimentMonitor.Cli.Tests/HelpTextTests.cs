namespace SentimentMonitor.Cli.Tests;

public sealed class HelpTextTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("track")]
    [InlineData("import")]
    [InlineData("posts")]
    [InlineData("stats")]
    [InlineData("export")]
    [InlineData("export-labels")]
    [InlineData("report")]
    [InlineData("collect")]
    [InlineData("classify")]
    [InlineData("publications")]
    [InlineData("watch")]
    [InlineData("evaluate")]
    [InlineData("author", "show")]
    [InlineData("author", "set")]
    public async Task Help_EveryEverydayVerb_EndsWithRunnableExamples(params string[] verb)
    {
        (int code, string output, string error) = await _cli.Run([.. verb, "--help"]);

        Assert.True(code == 0, error);
        Assert.Contains("Usage:", output);
        int examples = output.IndexOf("Examples:", StringComparison.Ordinal);
        Assert.True(examples > output.IndexOf("Options:", StringComparison.Ordinal), output);
        Assert.Contains("  sentimentmonitor " + string.Join(' ', verb) + " ", output[examples..].Replace(" \n", "\n") + " ");
    }

    [Fact]
    public async Task Help_Root_ListsVerbsOneLineEachWithoutExamples()
    {
        (int code, string output, _) = await _cli.Run("--help");

        Assert.Equal(0, code);
        Assert.DoesNotContain("Examples:", output);
        Assert.Contains("  track ", output);
    }

    [Fact]
    public async Task UsageError_MissingOption_PointsAtTheVerbsHelp()
    {
        (int code, _, string error) = await _cli.Run("author", "set", "clinician");

        Assert.Equal(2, code);
        Assert.Contains("(run `sentimentmonitor author set --help` for usage and examples)", error);
    }
}
