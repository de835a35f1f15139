using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Statistics;
using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>Decides what the publications screen shows: every tracked paper, most recently active first.</summary>
public sealed class PublicationListPresenter(DashboardPorts ports)
{
    public IReadOnlyList<PublicationRow> Load()
    {
        List<PublicationRow> rows = [];
        foreach (Publication p in ports.Publications.GetAll())
        {
            PublicationSummary s = PaperReads.Summarize(ports, p, ports.Statistics.Counts(p.Key));
            rows.Add(new PublicationRow(p.Key, TerminalText.ForCell(p.DisplayName, 120), s.Posts, s.ClinicianPosts,
                Display.Net(s.ClinicianNet), s.Arrow, Display.Time(s.LastPostAt), s));
        }
        return rows.OrderByDescending(r => r.Summary.LastPostAt ?? DateTimeOffset.MinValue)
            .ThenBy(r => r.Key, StringComparer.Ordinal).ToArray();
    }
}
