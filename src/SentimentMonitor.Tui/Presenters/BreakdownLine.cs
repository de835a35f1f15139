namespace SentimentMonitor.Tui.Presenters;

/// <summary>One line of the breakdown table: a section heading (IsHeading, other cells empty) or a group.</summary>
public sealed record BreakdownLine(string Group, string Posts, string Share, string Net, bool IsHeading = false);
