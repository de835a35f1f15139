using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Tests;

/// <summary>export-labels on a real LiteDB file: only human-corrected posts, in the training formats.</summary>
public sealed class ExportLabelsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private void Seed()
    {
        using LiteDbStore store = new(new LiteDbStoreOptions(_cli.Db, ReadOnly: false, Shared: true));
        Author author = new() { Platform = Platform.X, AccountId = "7", Handle = "doc", ProfileSeenAt = DateTimeOffset.UnixEpoch };
        ParsedRecord Record(string id, int day, string text) => new(new Post
        {
            Platform = Platform.X,
            PlatformId = id,
            CreatedAt = new DateTimeOffset(2023, 5, day, 0, 0, 0, TimeSpan.Zero),
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = text,
        }, author);
        store.UpsertBatch([Record("1", 1, "Practice changing.\nWe adopt it."), Record("2", 2, "Single arm, n=30."), Record("3", 3, "Not corrected")]);
        store.SetHumanLabels("x:2", Sentiment.Negative, [Aspect.StudyDesign]);
        store.SetHumanLabels("x:1", Sentiment.Positive, [Aspect.PracticeChange, Aspect.Efficacy]);
    }

    [Fact]
    public async Task ExportLabels_Sentiment_OnlyCorrectedPostsOldestFirstOnOneLine()
    {
        Seed();
        string file = Path.Combine(_cli.Folder, "labels.tsv");

        (int code, string output, string error) = await _cli.Run("export-labels", "--out", file);

        Assert.True(code == 0, error);
        Assert.Contains("wrote 2 corrected posts", output);
        Assert.Equal("positive\tPractice changing. We adopt it.\nnegative\tSingle arm, n=30.\n", File.ReadAllText(file));
    }

    [Fact]
    public async Task ExportLabels_Aspects_SortedSlugsThenText()
    {
        Seed();
        string file = Path.Combine(_cli.Folder, "aspects.tsv");

        (int code, _, string error) = await _cli.Run("export-labels", "--task", "aspects", "--out", file);

        Assert.True(code == 0, error);
        Assert.Equal("efficacy,practice_change\tPractice changing. We adopt it.\nstudy_design\tSingle arm, n=30.\n", File.ReadAllText(file));
    }

    [Fact]
    public async Task ExportLabels_UnknownTask_UsageErrorAndNoFile()
    {
        Seed();
        string file = Path.Combine(_cli.Folder, "x.tsv");

        (int code, _, string error) = await _cli.Run("export-labels", "--task", "mood", "--out", file);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("unknown --task 'mood'", error);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("export-labels")]
    [InlineData("export", "--format", "jsonl")]
    public async Task OutInAMissingFolder_UsageErrorNamingTheFolder_NothingWritten(params string[] verb)
    {
        Seed();
        string folder = Path.Combine(_cli.Folder, "no-such-folder");
        string file = Path.Combine(folder, "labels.tsv");

        (int code, _, string error) = await _cli.Run([.. verb, "--out", file]);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains($"folder {folder} does not exist", error);
        Assert.DoesNotContain(".tmp", error);
        Assert.False(Directory.Exists(folder));
    }
}
