using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>What the dashboard reads and writes, as Core ports (the CLI passes the LiteDB store for all three).</summary>
public sealed record DashboardPorts(IPublicationRepository Publications, IPostRepository Posts, IReactionStatistics Statistics);
