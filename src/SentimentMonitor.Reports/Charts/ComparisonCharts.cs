using ScottPlot;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Charts;

/// <summary>Publications side by side on a days-since-publication axis: cumulative posts, and clinician net sentiment per week.</summary>
public static class ComparisonCharts
{
    public static Plot Volume(IReadOnlyList<PublicationFigures> papers, string audience)
    {
        Plot plot = ChartStyle.Create("Cumulative posts since publication", "Days since publication", $"Posts ({audience}), cumulative");
        double maxDay = 1, maxPosts = 1;
        for (int p = 0; p < papers.Count; p++)
        {
            IReadOnlyList<DailyVolume> days = papers[p].Daily;
            if (days.Count == 0)
                continue;
            var line = plot.Add.ScatterLine(days.Select(d => (double)d.DaysSincePublication).ToArray(), days.Select(d => (double)d.Cumulative).ToArray(), ChartPalette.Paper(p));
            line.LineWidth = 3;
            line.LegendText = Name(papers[p]);
            maxDay = Math.Max(maxDay, days[^1].DaysSincePublication);
            maxPosts = Math.Max(maxPosts, days[^1].Cumulative);
        }
        plot.Axes.SetLimits(0, maxDay * 1.02, 0, maxPosts * 1.12);
        plot.ShowLegend(Alignment.UpperLeft, Orientation.Vertical);
        return plot;
    }

    public static Plot Net(IReadOnlyList<PublicationFigures> papers)
    {
        Plot plot = ChartStyle.Create("Clinician net sentiment by week since publication", "Weeks since publication (week 0 = days 0–6)", "Net sentiment (pos − neg) / (pos + neg)");
        plot.Add.HorizontalLine(0, 1.5f, ChartPalette.Neutral, LinePattern.Dashed);
        ChartStyle.NetAxis(plot);
        double maxWeek = 1;
        for (int p = 0; p < papers.Count; p++)
        {
            // Small sideways offsets keep overlapping whiskers of different papers apart.
            double shift = (p - (papers.Count - 1) / 2.0) * 0.12;
            WeekSincePublication[] weeks = papers[p].ClinicianNetSincePublication.Where(w => w.Net.Count > 0).ToArray();
            Color color = ChartPalette.Paper(p);
            foreach (WeekSincePublication w in weeks)
            {
                var whisker = plot.Add.Line(w.Week + shift, w.Net.Low!.Value, w.Week + shift, w.Net.High!.Value);
                whisker.LineColor = color.WithAlpha(0.5);
                whisker.LineWidth = 2;
            }
            // One line per run of consecutive weeks: a week without opinionated clinician posts is a gap, not a
            // straight line from its neighbours that suggests a value nobody measured.
            foreach (WeekSincePublication[] run in Runs(weeks))
            {
                var line = plot.Add.Scatter(run.Select(w => w.Week + shift).ToArray(), run.Select(w => w.Net.Value!.Value).ToArray(), color);
                line.LineWidth = 2.5f;
                line.MarkerSize = 11;
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Name(papers[p]), LineColor = color, LineWidth = 2.5f, MarkerShape = MarkerShape.FilledCircle, MarkerColor = color, MarkerSize = 10 });
            if (weeks.Length > 0)
                maxWeek = Math.Max(maxWeek, weeks[^1].Week);
        }
        (double[] positions, string[] labels) = ChartStyle.Ticks(Enumerable.Range(0, (int)maxWeek + 1).Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), 20);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.SetLimits(-0.5, maxWeek + 0.5, -1.12, 1.12);
        // Below the axes, not inside them: net sentiment can sit anywhere from -1 to +1, so no corner is free.
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>Consecutive weeks (no week missing between them), in order.</summary>
    private static IEnumerable<WeekSincePublication[]> Runs(WeekSincePublication[] weeks)
    {
        int start = 0;
        for (int i = 1; i <= weeks.Length; i++)
        {
            if (i < weeks.Length && weeks[i].Week == weeks[i - 1].Week + 1)
                continue;
            if (i > start)
                yield return weeks[start..i];
            start = i;
        }
    }

    /// <summary>Title cut to 64 characters, or the key.</summary>
    public static string Name(PublicationFigures paper)
    {
        string name = paper.Publication.DisplayName;
        return name.Length <= 64 ? name : name[..63].TrimEnd() + "…";
    }
}
