namespace SentimentMonitor.Core.Statistics;

/// <summary>
/// Net sentiment (pos − neg) / (pos + neg) of a group of posts, with the number of opinionated posts behind it
/// and a 95% Wilson interval, so +0.8 from 5 posts reads differently from +0.8 from 500. Neutral posts do not count.
/// </summary>
public sealed record NetSentiment(int Positive, int Negative)
{
    /// <summary>z for a two-sided 95% interval.</summary>
    private const double Z = 1.959963984540054;

    /// <summary>Posts that count: positive + negative.</summary>
    public int Count => Positive + Negative;

    /// <summary>Net sentiment in [−1, 1]; null when no post is positive or negative.</summary>
    public double? Value => Count == 0 ? null : (double)(Positive - Negative) / Count;

    /// <summary>Lower end of the 95% interval of <see cref="Value"/>; null when <see cref="Count"/> is 0.</summary>
    public double? Low => Count == 0 ? null : 2 * Wilson(Positive, Count).Low - 1;

    /// <summary>Upper end of the 95% interval of <see cref="Value"/>; null when <see cref="Count"/> is 0.</summary>
    public double? High => Count == 0 ? null : 2 * Wilson(Positive, Count).High - 1;

    public static NetSentiment None { get; } = new(0, 0);

    public NetSentiment Add(NetSentiment other) => new(Positive + other.Positive, Negative + other.Negative);

    /// <summary>Wilson score interval of the proportion <paramref name="successes"/>/<paramref name="n"/> (n &gt; 0).</summary>
    public static (double Low, double High) Wilson(int successes, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        double p = (double)successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // Clamp rounding noise so p = 0 or 1 gives exactly 0 or 1 at the closed end.
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>"+0.62 [+0.41,+0.78] n=37", or "–" with n=0. Invariant culture, two decimals.</summary>
    public string Format(bool withInterval = true)
    {
        if (Value is not double v)
            return "– n=0";
        string text = Signed(v);
        if (withInterval)
            text += $" [{Signed(Low!.Value)},{Signed(High!.Value)}]";
        return $"{text} n={Count}";
    }

    /// <summary>A number with an explicit sign and two decimals ("+0.50", "-0.25", "+0.00").</summary>
    public static string Signed(double value)
    {
        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
            rounded = 0; // no "-0.00"
        return (rounded >= 0 ? "+" : "") + rounded.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
