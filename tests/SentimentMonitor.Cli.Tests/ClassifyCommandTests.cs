using System.Text.Json;

namespace SentimentMonitor.Cli.Tests;

/// <summary><c>classify</c> on a real LiteDB file with the shipped models (copied next to the CLI at build).</summary>
public sealed class ClassifyCommandTests : IDisposable
{
    private const string Doi = "10.1056/nejmoa2214171";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Classify_AfterImport_LabelsOnlyUnlabelledPostsThenAllWithFlag()
    {
        await _cli.RunJson("import", _cli.Generated(300), "--format", "x", "--json");
        await _cli.RunJson("track", "--doi", Doi, "--json");

        (int code, string output, string error) = await _cli.Run("classify", "--batch", "120");
        (int again, string secondOutput, _) = await _cli.Run("classify");
        (int all, string allOutput, _) = await _cli.Run("classify", "--all", "--publication", Doi);

        Assert.True(code == 0, error);
        Assert.Contains("classified 300 posts", output);
        Assert.Contains("sentiment sentiment-v2", output);
        Assert.Contains("classified 300 / 300", error);
        Assert.Equal(0, again);
        Assert.Contains("classified 0 posts", secondOutput);
        Assert.Equal(0, all);
        Assert.Contains("classified 60 posts", allOutput);
        JsonElement stats = await _cli.RunJson("stats", "--json");
        string text = stats.GetRawText();
        Assert.DoesNotContain("unclassified", text);
    }
}
