using ScottPlot;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Reports.Charts;

/// <summary>
/// Clinician net sentiment per week with its 95% Wilson interval (shaded band and whiskers). Weeks without an
/// opinionated clinician post are gaps, not zeros; each point says its n so small samples read as such.
/// </summary>
public static class NetSentimentChart
{
    public static Plot Build(IReadOnlyList<TrendPoint> weeks, string title)
    {
        string year = weeks.Count == 0 ? "" : $" ({weeks[0].Start.Year})";
        Plot plot = ChartStyle.Create(title, "Week starting" + year, "Net sentiment (pos − neg) / (pos + neg)");
        plot.Add.HorizontalLine(0, 1.5f, ChartPalette.Neutral, LinePattern.Dashed);
        ChartStyle.NetAxis(plot);
        plot.Axes.SetLimits(-0.6, Math.Max(1, weeks.Count) - 0.4, -1.12, 1.12);
        if (weeks.All(w => w.Net.Count == 0))
        {
            ChartStyle.NoData(plot, "No positive or negative clinician posts in this period");
            return plot;
        }
        foreach (List<int> segment in Segments(weeks))
        {
            double[] xs = segment.Select(i => (double)i).ToArray();
            double[] ys = segment.Select(i => weeks[i].Net.Value!.Value).ToArray();
            if (segment.Count > 1)
            {
                var band = plot.Add.FillY(xs, segment.Select(i => weeks[i].Net.Low!.Value).ToArray(), segment.Select(i => weeks[i].Net.High!.Value).ToArray());
                band.FillColor = ChartPalette.Neutral.WithAlpha(0.25);
                band.LineWidth = 0;
                var line = plot.Add.ScatterLine(xs, ys, ChartPalette.Ink);
                line.LineWidth = 2.5f;
            }
        }
        bool labels = weeks.Count <= 20;
        for (int i = 0; i < weeks.Count; i++)
        {
            NetSentiment net = weeks[i].Net;
            if (net.Value is not double v)
                continue;
            var whisker = plot.Add.Line(i, net.Low!.Value, i, net.High!.Value);
            whisker.LineColor = ChartPalette.Ink.WithAlpha(0.55);
            whisker.LineWidth = 2;
            var point = plot.Add.ScatterPoints(new[] { (double)i }, new[] { v }, ChartPalette.ForNet(v));
            point.MarkerSize = 13;
            if (labels)
            {
                var n = plot.Add.Text("n=" + net.Count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), i, net.High!.Value);
                n.LabelFontSize = 13;
                n.LabelFontColor = ChartPalette.Ink;
                n.LabelAlignment = Alignment.LowerCenter;
                n.OffsetY = -4;
            }
        }
        (double[] positions, string[] tickLabels) = ChartStyle.Ticks(weeks.Select(w => ChartStyle.ShortDay(w.Start)).ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, tickLabels);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Weekly net sentiment", LineColor = ChartPalette.Ink, LineWidth = 2.5f, MarkerShape = MarkerShape.FilledCircle, MarkerColor = ChartPalette.Ink, MarkerSize = 10 });
        plot.Legend.ManualItems.Add(ChartStyle.Swatch("95% interval (Wilson)", ChartPalette.Neutral.WithAlpha(0.4)));
        // Below the axes, not inside them: a week at -1 would otherwise hide behind the legend.
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>Runs of consecutive weeks that have a value, so the band and line break at empty weeks.</summary>
    private static IEnumerable<List<int>> Segments(IReadOnlyList<TrendPoint> weeks)
    {
        List<int> current = [];
        for (int i = 0; i < weeks.Count; i++)
        {
            if (weeks[i].Net.Count > 0)
            {
                current.Add(i);
                continue;
            }
            if (current.Count > 0)
                yield return current;
            current = [];
        }
        if (current.Count > 0)
            yield return current;
    }
}
