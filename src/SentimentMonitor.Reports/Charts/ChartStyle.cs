using System.Globalization;
using ScottPlot;

namespace SentimentMonitor.Reports.Charts;

/// <summary>Shared look of every chart: size (16:9, slide-ready), sans-serif fonts readable when projected, light grid.</summary>
public static class ChartStyle
{
    public const int Width = 1280;
    public const int Height = 720;
    public const string FontName = "DejaVu Sans";

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        Plot plot = new();
        plot.Font.Set(FontName);
        plot.Title(title, 24);
        plot.XLabel(xLabel, 17);
        plot.YLabel(yLabel, 17);
        plot.Axes.Title.Label.ForeColor = ChartPalette.Ink;
        foreach (var axis in new ScottPlot.AxisPanels.AxisBase[] { (ScottPlot.AxisPanels.AxisBase)plot.Axes.Bottom, (ScottPlot.AxisPanels.AxisBase)plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 15;
            axis.TickLabelStyle.ForeColor = ChartPalette.Ink;
            axis.LabelFontColor = ChartPalette.Ink;
        }
        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.Legend.FontSize = 15;
        plot.Legend.FontName = FontName;
        return plot;
    }

    /// <summary>Category labels on an axis at 0, 1, 2…, thinned to at most <paramref name="maxLabels"/> so they never overlap.</summary>
    public static (double[] Positions, string[] Labels) Ticks(IReadOnlyList<string> labels, int maxLabels = 14)
    {
        int step = Math.Max(1, (int)Math.Ceiling(labels.Count / (double)maxLabels));
        List<double> positions = [];
        List<string> texts = [];
        for (int i = 0; i < labels.Count; i += step)
        {
            positions.Add(i);
            texts.Add(labels[i]);
        }
        return (positions.ToArray(), texts.ToArray());
    }

    /// <summary>Net sentiment axis: −1 to +1 in quarters, nothing beyond the possible range.</summary>
    public static void NetAxis(Plot plot)
    {
        double[] at = [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1];
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(at, at.Select(v => v == 0 ? "0" : v.ToString("+0.00;−0.00", CultureInfo.InvariantCulture)).ToArray());
    }

    public static string ShortDay(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);

    /// <summary>A grey note in the middle of an empty chart, so a report with no data still explains itself.</summary>
    public static void NoData(Plot plot, string message)
    {
        var note = plot.Add.Annotation(message, Alignment.MiddleCenter);
        note.LabelFontSize = 20;
        note.LabelFontColor = ChartPalette.Neutral;
        note.LabelBackgroundColor = Colors.Transparent;
        note.LabelBorderColor = Colors.Transparent;
        note.LabelShadowColor = Colors.Transparent;
    }

    /// <summary>A legend entry that is just a coloured square.</summary>
    public static LegendItem Swatch(string label, Color color) => new() { LabelText = label, FillColor = color, LineColor = color };
}
