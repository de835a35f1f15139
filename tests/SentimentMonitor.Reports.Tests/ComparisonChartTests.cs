using ScottPlot;
using ScottPlot.Plottables;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Statistics;
using SentimentMonitor.Reports.Charts;
using SentimentMonitor.Reports.Model;

namespace SentimentMonitor.Reports.Tests;

public sealed class ComparisonChartTests
{
    private static PublicationFigures Paper(string key, params (int Week, int Positive, int Negative)[] weeks)
    {
        Publication publication = new() { Key = key, Doi = key, Title = "Trial " + key, PublishedOn = new DateOnly(2024, 5, 6) };
        PublicationFigures empty = FiguresBuilder.Build(publication, [], [], new ReportOptions { Publications = [publication], OutputDirectory = Path.GetTempPath() });
        return empty with { ClinicianNetSincePublication = weeks.Select(w => new WeekSincePublication(w.Week, new NetSentiment(w.Positive, w.Negative))).ToArray() };
    }

    [Fact]
    public void Net_WeekWithoutOpinionatedPosts_BreaksTheLineThere()
    {
        PublicationFigures paper = Paper("10.1/a", (0, 3, 1), (1, 2, 0), (2, 0, 0), (3, 0, 2));

        using Plot plot = ComparisonCharts.Net([paper]);

        Scatter[] lines = plot.GetPlottables<Scatter>().ToArray();
        double[][] runs = lines.Select(l => l.Data.GetScatterPoints().Select(p => Math.Round(p.X)).ToArray()).ToArray();
        Assert.Equal([[0.0, 1.0], [3.0]], runs);
    }

    [Fact]
    public void Net_TwoPapers_LegendSitsOutsideTheDataAreaWithOneEntryPerPaper()
    {
        using Plot plot = ComparisonCharts.Net([Paper("10.1/a", (0, 1, 1)), Paper("10.1/b", (0, 0, 3), (2, 1, 0))]);

        Assert.Contains(plot.Axes.GetPanels(), panel => panel.GetType().Name == "LegendPanel");
        Assert.Equal(["Trial 10.1/a", "Trial 10.1/b"], plot.Legend.GetItems().Select(i => i.LabelText));
    }
}
