using ScottPlot;

namespace SentimentMonitor.Reports.Charts;

/// <summary>The one palette of every chart and of the HTML: negative red, neutral grey, positive green; papers in distinct hues.</summary>
public static class ChartPalette
{
    public const string NegativeHex = "#C0392B";
    public const string NeutralHex = "#95A5A6";
    public const string PositiveHex = "#27AE60";
    public const string UnclassifiedHex = "#D5DBDB";
    public const string InkHex = "#2C3E50";

    public static Color Negative { get; } = Color.FromHex(NegativeHex);
    public static Color Neutral { get; } = Color.FromHex(NeutralHex);
    public static Color Positive { get; } = Color.FromHex(PositiveHex);
    public static Color Unclassified { get; } = Color.FromHex(UnclassifiedHex);
    public static Color Ink { get; } = Color.FromHex(InkHex);
    public static Color Grid { get; } = Color.FromHex("#E5E8E8");

    /// <summary>Colours for publications compared side by side (not red/green, which mean sentiment).</summary>
    public static IReadOnlyList<Color> Papers { get; } =
        [Color.FromHex("#2E86C1"), Color.FromHex("#E67E22"), Color.FromHex("#8E44AD"), Color.FromHex("#16A085"), Color.FromHex("#7F8C8D")];

    public static Color Paper(int index) => Papers[index % Papers.Count];

    /// <summary>Green above zero, red below, grey at zero: the colour of a net sentiment value.</summary>
    public static Color ForNet(double net) => net > 0.05 ? Positive : net < -0.05 ? Negative : Neutral;
}
