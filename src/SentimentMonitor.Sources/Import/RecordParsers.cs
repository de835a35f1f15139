using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Bluesky;
using SentimentMonitor.Sources.Import.Csv;
using SentimentMonitor.Sources.Import.Mastodon;
using SentimentMonitor.Sources.Import.X;

namespace SentimentMonitor.Sources.Import;

/// <summary>The import parser for each <see cref="ImportFormat"/>. Parsers are stateless and thread-safe.</summary>
public static class RecordParsers
{
    private static readonly IRecordParser X = new XRecordParser();
    private static readonly IRecordParser Bluesky = new BlueskyRecordParser();
    private static readonly IRecordParser Mastodon = new MastodonRecordParser();
    private static readonly IRecordParser Csv = new CsvRecordParser();

    public static IRecordParser For(ImportFormat format) => format switch
    {
        ImportFormat.X => X,
        ImportFormat.Bluesky => Bluesky,
        ImportFormat.Mastodon => Mastodon,
        ImportFormat.Csv => Csv,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown import format"),
    };
}
