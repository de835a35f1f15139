using SentimentMonitor.Tui.Presenters;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SentimentMonitor.Tui.Screens;

/// <summary>Colours from the 16-colour set only, so the dashboard reads the same in any terminal.</summary>
public static class Palette
{
    public static Color ForInk(ChartInk ink) => ink switch
    {
        ChartInk.Positive => new Color(ColorName16.Green),
        ChartInk.Neutral => new Color(ColorName16.Gray),
        ChartInk.Negative => new Color(ColorName16.Red),
        ChartInk.NetPoint => new Color(ColorName16.BrightYellow),
        ChartInk.NetBand => new Color(ColorName16.Yellow),
        ChartInk.Zero => new Color(ColorName16.DarkGray),
        _ => new Color(ColorName16.White),
    };

    /// <summary>Status line: black on cyan, legible in 16 colours.</summary>
    public static Attribute Status => new(new Color(ColorName16.Black), new Color(ColorName16.Cyan));

    public static Attribute Heading => new(new Color(ColorName16.BrightYellow), new Color(ColorName16.Black));
}
