using SentimentMonitor.Cli.Commands;

namespace SentimentMonitor.Cli.Tests.Commands;

public class BenchMatchCommandTests
{
    [Fact]
    public void Measure_SampleMix_MatchesSevenOfEveryTenPostsAndReportsTimes()
    {
        BenchMatchCommand.Result result = BenchMatchCommand.Measure(postCount: 200, runs: 3, CancellationToken.None);

        // Shapes 0, 1 (t.co only) and 7 (unregistered news) match nothing; the other seven cite a tracked paper.
        Assert.Equal(140, result.MatchedPosts);
        Assert.True(result.MedianNanosecondsPerPost > 0);
        Assert.True(result.PostsPerSecond > 0);
    }
}
