using SentimentMonitor.Cli.Dashboard;

namespace SentimentMonitor.Cli.Tests.Dashboard;

public sealed class SampleDatabaseTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sm-sample-test-" + Guid.NewGuid().ToString("N"));

    public SampleDatabaseTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "repo", "samples"));
        Directory.CreateDirectory(Path.Combine(_root, "repo", "src", "bin", "Debug"));
        File.WriteAllBytes(Path.Combine(_root, "repo", "samples", "sample.db"), [1, 2, 3, 4]);
    }

    [Fact]
    public void Locate_FromABuildFolderInsideTheRepo_WalksUp()
    {
        string? found = SampleDatabase.Locate(Path.Combine(_root, "repo", "src", "bin", "Debug"), _root);

        Assert.Equal(Path.Combine(_root, "repo", "samples", "sample.db"), found);
    }

    [Fact]
    public void Locate_FromTheCurrentDirectoryWhenTheExecutableIsElsewhere()
    {
        string? found = SampleDatabase.Locate(Path.GetTempPath(), Path.Combine(_root, "repo"));

        Assert.Equal(Path.Combine(_root, "repo", "samples", "sample.db"), found);
    }

    [Fact]
    public void Locate_NoSample_Null() => Assert.Null(SampleDatabase.Locate(_root, _root));

    [Fact]
    public void OpenCopy_CopiesElsewhereAndDisposeRemovesTheCopy()
    {
        string source = Path.Combine(_root, "repo", "samples", "sample.db");
        SampleDatabase copy = SampleDatabase.OpenCopy(source)!;

        Assert.NotEqual(source, copy.CopyPath);
        Assert.Equal([1, 2, 3, 4], File.ReadAllBytes(copy.CopyPath));
        File.WriteAllBytes(copy.CopyPath, [9]); // the dashboard writes labels to the copy only
        copy.Dispose();

        Assert.False(File.Exists(copy.CopyPath));
        Assert.Equal([1, 2, 3, 4], File.ReadAllBytes(source));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
