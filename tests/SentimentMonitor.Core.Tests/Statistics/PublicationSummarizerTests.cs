using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Core.Tests.Statistics;

public class PublicationSummarizerTests
{
    private static readonly Publication Paper = new() { Key = "10.1056/nejmoa2214171", Title = "Blinatumomab in infants" };
    private static readonly DateOnly End = new(2024, 5, 20);

    private static ReactionCount Clin(DateOnly day, Sentiment s, int n) => new(day, Platform.X, AuthorRole.Clinician, Specialty.Hematology, s, n, n);

    [Fact]
    public void Summarize_ImprovingLastWeek_ArrowUp()
    {
        ReactionCount[] rows =
        [
            Clin(End.AddDays(-10), Sentiment.Positive, 2), Clin(End.AddDays(-10), Sentiment.Negative, 2), // prev: 0.0
            Clin(End, Sentiment.Positive, 4), Clin(End.AddDays(-6), Sentiment.Negative, 1),              // last: +0.6
            Clin(End.AddDays(-20), Sentiment.Negative, 5),                                                  // outside both
            new(End, Platform.Bluesky, AuthorRole.Public, Specialty.Unknown, Sentiment.Negative, 7, 0),
        ];

        PublicationSummary s = PublicationSummarizer.Summarize(Paper, rows, 21, new DateTimeOffset(2024, 5, 20, 9, 30, 0, TimeSpan.Zero));

        Assert.Equal(21, s.Posts);
        Assert.Equal(14, s.ClinicianPosts);
        Assert.Equal(new NetSentiment(6, 8), s.ClinicianNet);
        Assert.Equal(new NetSentiment(4, 1), s.LastWeek);
        Assert.Equal(new NetSentiment(2, 2), s.PreviousWeek);
        Assert.Equal(End, s.AsOf);
        Assert.Equal(TrendDirection.Up, s.Direction);
        Assert.Equal("↑", s.Arrow);
    }

    [Theory]
    [InlineData(3, 0, 3, 0, TrendDirection.Flat)]
    [InlineData(1, 2, 3, 0, TrendDirection.Down)]
    [InlineData(2, 0, 3, 0, TrendDirection.Unknown)]
    [InlineData(9, 1, 10, 1, TrendDirection.Flat)]
    public void Direction_Windows_ComparesNetWithThresholds(int rp, int rn, int bp, int bn, TrendDirection expected) =>
        Assert.Equal(expected, PublicationSummarizer.Direction(new NetSentiment(rp, rn), new NetSentiment(bp, bn)));

    [Fact]
    public void Summarize_NoPosts_UnknownAndNoDates()
    {
        PublicationSummary s = PublicationSummarizer.Summarize(Paper, [], 0, null);

        Assert.Equal((0L, 0, TrendDirection.Unknown, "·"), (s.Posts, s.ClinicianPosts, s.Direction, s.Arrow));
        Assert.Null(s.AsOf);
        Assert.Null(s.ClinicianNet.Value);
    }
}
