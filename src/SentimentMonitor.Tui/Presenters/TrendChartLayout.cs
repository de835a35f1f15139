using System.Globalization;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>
/// Lays out the trend chart in character cells: a legend row, stacked positive/neutral/negative counts per bucket
/// (█ ▒ ░, readable without colour), below them net sentiment on a −1…+1 scale (● value, │ 95% interval, · zero
/// line), and first/last bucket dates. When buckets outnumber columns, neighbouring buckets are merged into one
/// bar (the legend says how many, e.g. "bar=2d") so the whole history stays visible: a launch-week peak must not scroll away on an
/// 80-column terminal.
/// </summary>
public static class TrendChartLayout
{
    /// <summary>Columns reserved on the left for axis labels.</summary>
    public const int Margin = 5;

    public const string Legend = "█ pos ▒ neu ░ neg  ● net │95%";

    public static ChartCanvas Render(IReadOnlyList<TrendPoint> points, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(points);
        ChartCanvas canvas = new(width, height);
        canvas.Write(0, 0, Legend, ChartInk.Label);
        int plotRows = height - 2, plotCols = width - Margin;
        if (plotRows < 3 || plotCols < 1)
            return canvas;
        if (points.Count == 0)
        {
            canvas.Write(1 + plotRows / 2, Margin, "no posts under this filter (c: clinicians/everyone)", ChartInk.Label);
            return canvas;
        }
        (TrendPoint[] visible, int perBar) = Fit(points, plotCols);
        if (perBar > 1)
            canvas.Write(0, Legend.Length, $"  bar={perBar}{Unit(points)}", ChartInk.Label);
        int cellWidth = Math.Clamp(plotCols / visible.Length, 1, 6); // wider bars when few buckets fill a wide screen
        // Net needs three rows (+1, 0, −1) to be readable; counts take the rest.
        int countRows = Math.Max(2, plotRows - Math.Max(3, plotRows * 2 / 5));
        int netRows = plotRows - countRows;
        int countTop = 1, netTop = 1 + countRows;

        int max = Math.Max(1, visible.Max(p => p.Tally.Positive + p.Tally.Neutral + p.Tally.Negative));
        canvas.Write(countTop, 0, Label(Compact(max)), ChartInk.Label);
        canvas.Write(countTop + countRows - 1, 0, Label("0"), ChartInk.Label);
        if (netRows >= 2)
        {
            canvas.Write(netTop, 0, Label("+1"), ChartInk.Label);
            canvas.Write(netTop + netRows - 1, 0, Label("-1"), ChartInk.Label);
            if (netRows >= 3)
                canvas.Write(NetRow(0, netTop, netRows), 0, Label("0"), ChartInk.Label);
        }

        for (int i = 0; i < visible.Length; i++)
        {
            int x = Margin + i * cellWidth;
            int barWidth = cellWidth == 1 ? 1 : cellWidth - 1; // a gap between bars when there is room
            DrawBar(canvas, visible[i].Tally, x, barWidth, countTop, countRows, max);
            if (netRows >= 2)
                DrawNet(canvas, visible[i].Net, x, barWidth, netTop, netRows);
        }
        WriteDates(canvas, visible, cellWidth, width, height);
        return canvas;
    }

    /// <summary>
    /// The points as drawn: unchanged when they fit, else groups of <c>perBar</c> consecutive buckets summed into one
    /// (aligned so the newest bar ends on the newest bucket; the oldest bar may hold fewer).
    /// </summary>
    public static (TrendPoint[] Points, int PerBar) Fit(IReadOnlyList<TrendPoint> points, int columns)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count <= columns || columns < 1)
            return (points.ToArray(), 1);
        int perBar = (points.Count + columns - 1) / columns;
        List<TrendPoint> merged = [];
        for (int end = points.Count; end > 0; end -= perBar)
        {
            int start = Math.Max(0, end - perBar);
            SentimentTally sum = SentimentTally.Empty;
            for (int i = start; i < end; i++)
                sum = new SentimentTally(sum.Positive + points[i].Tally.Positive, sum.Neutral + points[i].Tally.Neutral,
                    sum.Negative + points[i].Tally.Negative, sum.Unclassified + points[i].Tally.Unclassified);
            merged.Add(new TrendPoint(points[start].Start, sum));
        }
        merged.Reverse();
        return (merged.ToArray(), perBar);
    }

    /// <summary>First bucket's date under the first bar; the last one right-aligned under the last bar, never over the first.</summary>
    private static void WriteDates(ChartCanvas canvas, TrendPoint[] visible, int cellWidth, int width, int height)
    {
        string first = Short(visible[0].Start), last = Short(visible[^1].Start);
        canvas.Write(height - 1, Margin, first, ChartInk.Label);
        if (visible.Length < 2)
            return;
        int barWidth = cellWidth == 1 ? 1 : cellWidth - 1;
        int lastX = Math.Max(Margin + (visible.Length - 1) * cellWidth + barWidth - last.Length, Margin + first.Length + 1);
        if (lastX + last.Length <= width)
            canvas.Write(height - 1, lastX, last, ChartInk.Label);
    }

    private static void DrawBar(ChartCanvas canvas, SentimentTally t, int x, int w, int top, int rows, int max)
    {
        int total = t.Positive + t.Neutral + t.Negative;
        // Cumulative rounding so the segments add up to the bar's height.
        int b1 = Cells(t.Positive, rows, max), b2 = Cells(t.Positive + t.Neutral, rows, max), b3 = Cells(total, rows, max);
        if (total > 0 && b3 == 0)
        {
            b3 = 1; // never let a non-empty bucket vanish
            (b1, b2) = t.Positive >= Math.Max(t.Neutral, t.Negative) ? (1, 1) : t.Neutral >= t.Negative ? (0, 1) : (0, 0);
        }
        int bottom = top + rows - 1;
        for (int h = 0; h < b3; h++)
        {
            (char ch, ChartInk ink) = h < b1 ? ('█', ChartInk.Positive) : h < b2 ? ('▒', ChartInk.Neutral) : ('░', ChartInk.Negative);
            for (int dx = 0; dx < w; dx++)
                canvas.Put(bottom - h, x + dx, ch, ink);
        }
    }

    private static void DrawNet(ChartCanvas canvas, NetSentiment net, int x, int w, int top, int rows)
    {
        int zero = NetRow(0, top, rows);
        for (int dx = 0; dx < w; dx++)
            canvas.Put(zero, x + dx, '·', ChartInk.Zero);
        if (net.Value is not double v)
            return;
        int c = x + (w - 1) / 2;
        for (int r = NetRow(net.High!.Value, top, rows); r <= NetRow(net.Low!.Value, top, rows); r++)
            canvas.Put(r, c, '│', ChartInk.NetBand);
        canvas.Put(NetRow(v, top, rows), c, '●', ChartInk.NetPoint);
    }

    private static int Cells(int count, int rows, int max) => (int)Math.Round((double)count * rows / max, MidpointRounding.AwayFromZero);

    /// <summary>Row of a net value: +1 at the top, −1 at the bottom.</summary>
    private static int NetRow(double value, int top, int rows) =>
        top + (int)Math.Round((1 - Math.Clamp(value, -1, 1)) / 2 * (rows - 1), MidpointRounding.AwayFromZero);

    private static string Label(string text) => text.Length >= Margin ? text[..(Margin - 1)] : text.PadLeft(Margin - 1);

    private static string Compact(int n) =>
        n < 10_000 ? n.ToString(CultureInfo.InvariantCulture) : (n / 1000).ToString(CultureInfo.InvariantCulture) + "k";

    // Buckets are consecutive days or ISO weeks (the trend fills empty buckets), so the first gap tells which.
    private static string Unit(IReadOnlyList<TrendPoint> points) =>
        points.Count > 1 && points[1].Start.DayNumber - points[0].Start.DayNumber == 7 ? "w" : "d";

    private static string Short(DateOnly d) => d.ToString("MM-dd", CultureInfo.InvariantCulture);
}
