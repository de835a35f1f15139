using System.Globalization;
using ScottPlot;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Reports.Charts;

/// <summary>
/// One horizontal bar per group (specialty, aspect, platform), largest at the top: its length is the number of
/// posts, split into negative, neutral/unclassified and positive; the label at its end gives the net sentiment
/// with its 95% interval (and, for aspects, the share of all posts).
/// </summary>
public static class BreakdownChart
{
    public const int MaxRows = 12;

    public static Plot Build(IReadOnlyList<BreakdownRow> rows, string title, string yLabel, string xLabel, bool showShare)
    {
        Plot plot = ChartStyle.Create(title, xLabel, yLabel);
        if (rows.Count == 0)
        {
            ChartStyle.NoData(plot, "No posts in this period");
            return plot;
        }
        BreakdownRow[] shown = rows.Take(MaxRows).ToArray();
        List<Bar> bars = [];
        double max = shown.Max(r => r.Posts);
        for (int i = 0; i < shown.Length; i++)
        {
            BreakdownRow row = shown[i];
            double y = shown.Length - 1 - i;
            int other = row.Posts - row.Net.Positive - row.Net.Negative;
            double b = 0;
            foreach ((int count, Color color) in new[] { (row.Net.Negative, ChartPalette.Negative), (other, ChartPalette.Neutral), (row.Net.Positive, ChartPalette.Positive) })
            {
                if (count <= 0)
                    continue;
                bars.Add(new Bar { Position = y, ValueBase = b, Value = b + count, FillColor = color, LineColor = Colors.White, LineWidth = 1, Size = 0.7 });
                b += count;
            }
            var label = plot.Add.Text(Describe(row, showShare), row.Posts + max * 0.015, y);
            label.LabelFontSize = 14;
            label.LabelFontColor = ChartPalette.Ink;
            label.LabelAlignment = Alignment.MiddleLeft;
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, shown.Length).Select(i => (double)(shown.Length - 1 - i)).ToArray(),
            shown.Select(r => r.Key.Replace('_', ' ')).ToArray());
        plot.Axes.SetLimits(0, max * 1.6, -0.6, shown.Length - 0.4);
        plot.Legend.ManualItems.Add(ChartStyle.Swatch("Positive", ChartPalette.Positive));
        plot.Legend.ManualItems.Add(ChartStyle.Swatch("Neutral / not classified", ChartPalette.Neutral));
        plot.Legend.ManualItems.Add(ChartStyle.Swatch("Negative", ChartPalette.Negative));
        plot.ShowLegend(Alignment.LowerRight, Orientation.Vertical);
        return plot;
    }

    /// <summary>"n=37 · net +0.62 [+0.41,+0.78]" (with "24% of posts · " for aspects); "net – " when no post took a side.</summary>
    public static string Describe(BreakdownRow row, bool showShare)
    {
        string share = showShare ? (row.Share * 100).ToString("0", CultureInfo.InvariantCulture) + "% of posts · " : "";
        string net = row.Net.Value is null ? "net –" : "net " + row.Net.Format().Replace($" n={row.Net.Count}", "");
        return $"{share}n={row.Posts.ToString("#,0", CultureInfo.InvariantCulture)} · {net}";
    }
}
