namespace SentimentMonitor.Tui.Presenters;

/// <summary>What a chart cell shows, so the view can colour it (16-colour safe) and tests can read it.</summary>
public enum ChartInk
{
    Blank,
    Label,
    Positive,
    Neutral,
    Negative,
    NetPoint,
    NetBand,
    Zero,
}
