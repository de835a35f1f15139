using LiteDB;

namespace SentimentMonitor.Storage;

/// <summary>Time conversions shared by the documents: LiteDB keeps milliseconds and may hand back local time.</summary>
internal static class BsonTime
{
    /// <summary>UTC, whatever kind LiteDB returned (it converts to local time unless told otherwise).</summary>
    public static DateTimeOffset Read(BsonValue value) =>
        new(DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));

    public static DateTimeOffset? ReadNullable(BsonValue value) => value.IsDateTime ? Read(value) : null;

    /// <summary>Fixed-width sortable UTC text ("2025-03-04T12:34:56.789Z") used inside compound string keys.</summary>
    public static string Key(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
