using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>One line of the publications screen, ready to draw (text already sanitized).</summary>
public sealed record PublicationRow(string Key, string Paper, long Posts, int ClinicianPosts, string ClinicianNet, string Trend, string LastPost, PublicationSummary Summary);
