using System.Text.Json;

namespace SentimentMonitor.Cli.Tests.Commands;

/// <summary><c>bench classify --labels-only</c> on a few posts with the shipped models: the comparison runs and reports its ratio.</summary>
public sealed class BenchClassifyCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task BenchClassify_LabelsOnly_ReportsSentimentVsAllLabelsOnSharedFeatures()
    {
        JsonElement json = await _cli.RunJson("bench", "classify", "--posts", "400", "--batch", "100", "--labels-only", "--json");

        Assert.True(json.GetProperty("labels_shared_featurisation").GetBoolean());
        Assert.True(json.GetProperty("labels_shared_with_sentiment").GetBoolean()); // v3 heads read the shipped sentiment model's features
        Assert.Equal(200, json.GetProperty("labels_authors").GetInt32());
        Assert.StartsWith("evaluating-v", json.GetProperty("labels_evaluating_model").GetString());
        Assert.StartsWith("aspects-v", json.GetProperty("labels_aspects_model").GetString());
        // All labels include the sentiment model's work, so they cannot take less CPU than sentiment alone.
        Assert.True(json.GetProperty("all_labels_median_cpu_s").GetDouble() >= json.GetProperty("sentiment_only_median_cpu_s").GetDouble() * 0.9);
        Assert.True(json.GetProperty("all_labels_time_ratio_cpu").GetDouble() > 0);
        Assert.True(json.GetProperty("sentiment_only_posts_per_cpu_s").GetDouble() > 0);
    }
}
