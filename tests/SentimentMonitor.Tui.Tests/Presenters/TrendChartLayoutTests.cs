using SentimentMonitor.Core.Statistics;
using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Tui.Tests.Presenters;

public class TrendChartLayoutTests
{
    private static readonly DateOnly Day = new(2024, 5, 6);

    [Fact]
    public void Render_TwoBuckets_StackedBarsNetAndDates()
    {
        TrendPoint[] points =
        [
            new(Day, new SentimentTally(2, 1, 1, 0)),
            new(Day.AddDays(1), new SentimentTally(0, 0, 2, 0)),
        ];

        ChartCanvas canvas = TrendChartLayout.Render(points, 14, 10);

        Assert.Equal(
        [
            "█ pos ▒ neu ░",
            "   4 ░░░",
            "     ▒▒▒",
            "     ███ ░░░",
            "     ███ ░░░",
            "   0 ███ ░░░",
            "  +1  │",
            "   0 ·●· ·│·",
            "  -1  │   ●",
            "     05-06",
        ], canvas.Lines());
        Assert.Equal(ChartInk.Negative, canvas.InkAt(1, 5));
        Assert.Equal(ChartInk.NetPoint, canvas.InkAt(7, 6));
        Assert.Equal(ChartInk.Zero, canvas.InkAt(7, 5));
    }

    [Fact]
    public void Render_MoreBucketsThanColumns_MergesNeighboursSoTheFirstDayStaysVisible()
    {
        TrendPoint[] points = Enumerable.Range(0, 60).Select(i => new TrendPoint(Day.AddDays(i), new SentimentTally(1, 0, 0, 0))).ToArray();

        ChartCanvas canvas = TrendChartLayout.Render(points, 50, 8);

        Assert.Equal("     05-06                    07-03", canvas.Lines()[^1].TrimEnd());
        Assert.EndsWith("  bar=2d", canvas.Lines()[0].TrimEnd());
    }

    [Fact]
    public void Fit_UnevenCount_NewestBarEndsOnNewestBucketAndCountsAreKept()
    {
        TrendPoint[] points = Enumerable.Range(0, 7).Select(i => new TrendPoint(Day.AddDays(i), new SentimentTally(i, 1, 0, 0))).ToArray();

        (TrendPoint[] merged, int perBar) = TrendChartLayout.Fit(points, 3);

        Assert.Equal(3, perBar);
        Assert.Equal([Day, Day.AddDays(1), Day.AddDays(4)], merged.Select(p => p.Start));
        Assert.Equal([0, 1 + 2 + 3, 4 + 5 + 6], merged.Select(p => p.Tally.Positive));
        Assert.Equal(7, merged.Sum(p => p.Tally.Neutral));
    }

    [Fact]
    public void Render_TwoWideBuckets_DatesDoNotOverlap()
    {
        TrendPoint[] points = [new(Day, new SentimentTally(1, 0, 0, 0)), new(Day.AddDays(1), new SentimentTally(0, 1, 0, 0))];

        string dates = TrendChartLayout.Render(points, 60, 8).Lines()[^1];

        Assert.Equal("     05-06 05-07", dates.TrimEnd());
    }

    [Fact]
    public void Render_NoPoints_SaysSo() =>
        Assert.Contains("     no posts under this filter (c: clinicians/everyone)", TrendChartLayout.Render([], 60, 8).Lines());
}
