using System.Globalization;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Tui.Presenters;

/// <summary>How numbers, times and labels look on screen (invariant culture, UTC), in one place so screens agree.</summary>
public static class Display
{
    public static string Time(DateTimeOffset? t) =>
        t is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "–";

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"+0.42 ±0.18 n=37": value, half-width of the 95% interval, opinionated posts.</summary>
    public static string Net(NetSentiment net)
    {
        if (net.Value is not double v)
            return "– n=0";
        double half = (net.High!.Value - net.Low!.Value) / 2;
        return $"{NetSentiment.Signed(v)} ±{half.ToString("0.00", CultureInfo.InvariantCulture)} n={net.Count}";
    }

    public static string Share(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Sentiment(Sentiment? s) => s switch
    {
        Core.Domain.Sentiment.Positive => "pos",
        Core.Domain.Sentiment.Neutral => "neu",
        Core.Domain.Sentiment.Negative => "neg",
        _ => "–",
    };

    /// <summary>Short role (and specialty for clinicians): "clin/hematology", "public", "–".</summary>
    public static string Role(AuthorClassification? c)
    {
        if (c is null)
            return "–";
        string role = c.Role == AuthorRole.Clinician ? "clin" : DomainSlugs.Slug(c.Role);
        return c.Role == AuthorRole.Clinician && c.Specialty != Specialty.Unknown ? $"{role}/{DomainSlugs.Slug(c.Specialty)}" : role;
    }
}
