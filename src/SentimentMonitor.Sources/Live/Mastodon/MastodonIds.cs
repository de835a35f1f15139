namespace SentimentMonitor.Sources.Live.Mastodon;

/// <summary>Orders Mastodon status ids: decimal strings of snowflakes, compared by length then digits.</summary>
public static class MastodonIds
{
    public static int Compare(string? a, string? b)
    {
        if (a is null || b is null)
            return a is null ? (b is null ? 0 : -1) : 1;
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
    }

    public static string? Max(string? a, string? b) => Compare(a, b) >= 0 ? a : b;
}
