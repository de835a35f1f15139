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
    public void Render_MoreBucketsThanColumns_ShowsTheMostRecent()
    {
        TrendPoint[] points = Enumerable.Range(0, 30).Select(i => new TrendPoint(Day.AddDays(i), new SentimentTally(1, 0, 0, 0))).ToArray();

        ChartCanvas canvas = TrendChartLayout.Render(points, 20, 8);

        Assert.Equal("     05-21     06-04", canvas.Lines()[^1]);
    }

    [Fact]
    public void Render_NoPoints_SaysSo() =>
        Assert.Contains("     no posts under this filter (c: clinicians/everyone)", TrendChartLayout.Render([], 60, 8).Lines());
}
