using SentimentMonitor.Cli.Commands;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.Cli.Tests.Commands;

public sealed class ModelLocatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sm-models-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void NewestIn_SeveralVersions_PicksTheHighestNumberNotTheLastName()
    {
        foreach (string name in new[] { "sentiment-v1.zip", "sentiment-v10.zip", "sentiment-v2.zip", "sentiment-vnext.zip", "aspects-v11.zip" })
            File.WriteAllText(Path.Combine(_folder, name), "x");

        Assert.Equal(Path.Combine(_folder, "sentiment-v10.zip"), ModelLocator.NewestIn(_folder, ModelTask.Sentiment));
        Assert.Equal(Path.Combine(_folder, "aspects-v11.zip"), ModelLocator.NewestIn(_folder, ModelTask.Aspects));
        Assert.Null(ModelLocator.NewestIn(_folder, ModelTask.Evaluating));
    }

    [Fact]
    public void NewestIn_MissingFolder_IsNull() =>
        Assert.Null(ModelLocator.NewestIn(Path.Combine(_folder, "absent"), ModelTask.Sentiment));

    [Fact]
    public void Find_RepositoryModelsFolder_FindsEveryShippedTask()
    {
        foreach (ModelTask task in new[] { ModelTask.Sentiment, ModelTask.Evaluating, ModelTask.Aspects })
        {
            string? path = ModelLocator.Find(task, null);
            Assert.NotNull(path);
            Assert.StartsWith(task.ToString().ToLowerInvariant() + "-v", Path.GetFileName(path));
        }
    }
}
