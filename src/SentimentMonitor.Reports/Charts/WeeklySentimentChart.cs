using ScottPlot;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Reports.Charts;

/// <summary>Posts per ISO week stacked by sentiment: negative at the base, then neutral, positive, and not yet classified.</summary>
public static class WeeklySentimentChart
{
    public static Plot Build(IReadOnlyList<TrendPoint> weeks, string title, string audience)
    {
        string year = weeks.Count == 0 ? "" : $" ({weeks[0].Start.Year})";
        Plot plot = ChartStyle.Create(title, "Week starting" + year, $"Posts ({audience})");
        if (weeks.Count == 0)
        {
            ChartStyle.NoData(plot, "No posts in this period");
            return plot;
        }
        bool anyUnclassified = weeks.Any(w => w.Tally.Unclassified > 0);
        List<Bar> bars = [];
        for (int i = 0; i < weeks.Count; i++)
        {
            SentimentTally t = weeks[i].Tally;
            double b = 0;
            foreach ((int count, Color color) in new[] { (t.Negative, ChartPalette.Negative), (t.Neutral, ChartPalette.Neutral), (t.Positive, ChartPalette.Positive), (t.Unclassified, ChartPalette.Unclassified) })
            {
                if (count == 0)
                    continue;
                bars.Add(new Bar { Position = i, ValueBase = b, Value = b + count, FillColor = color, LineColor = Colors.White, LineWidth = 1, Size = 0.75 });
                b += count;
            }
        }
        plot.Add.Bars(bars);
        (double[] positions, string[] labels) = ChartStyle.Ticks(weeks.Select(w => ChartStyle.ShortDay(w.Start)).ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        double max = weeks.Max(w => w.Tally.Total);
        plot.Axes.SetLimits(-0.6, weeks.Count - 0.4, 0, Math.Max(1, max) * 1.18);
        plot.Legend.ManualItems.Add(ChartStyle.Swatch("Positive", ChartPalette.Positive));
        plot.Legend.ManualItems.Add(ChartStyle.Swatch("Neutral", ChartPalette.Neutral));
        plot.Legend.ManualItems.Add(ChartStyle.Swatch("Negative", ChartPalette.Negative));
        if (anyUnclassified)
            plot.Legend.ManualItems.Add(ChartStyle.Swatch("Not classified", ChartPalette.Unclassified));
        plot.ShowLegend(Alignment.UpperRight, Orientation.Horizontal);
        return plot;
    }
}
