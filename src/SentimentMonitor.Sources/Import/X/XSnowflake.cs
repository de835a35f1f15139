namespace SentimentMonitor.Sources.Import.X;

/// <summary>
/// X ids since November 2010 are "snowflakes": the top bits are milliseconds since the Twitter epoch. A tweet
/// requested without <c>tweet.fields=created_at</c> still carries its creation time in its id, to the millisecond.
/// </summary>
public static class XSnowflake
{
    /// <summary>1288834974657 ms after the Unix epoch (2010-11-04T01:42:54.657Z).</summary>
    private const long TwitterEpochMs = 1288834974657;

    /// <summary>Ids below this are sequential (pre-snowflake) and carry no time.</summary>
    private const long FirstSnowflake = 29_700_859_247;

    /// <summary>The creation time encoded in a snowflake id, or false for an old or malformed id.</summary>
    public static bool TryGetTime(string? id, out DateTimeOffset time)
    {
        time = default;
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long value) || value < FirstSnowflake)
            return false;
        time = DateTimeOffset.FromUnixTimeMilliseconds((value >> 22) + TwitterEpochMs);
        return true;
    }
}
