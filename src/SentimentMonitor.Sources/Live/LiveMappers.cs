using SentimentMonitor.Sources.Import.Bluesky;
using SentimentMonitor.Sources.Import.Mastodon;
using SentimentMonitor.Sources.Import.X;

namespace SentimentMonitor.Sources.Live;

/// <summary>The import parsers' mappers as <see cref="RecordMapper"/>s for HTTP responses of the live sources.</summary>
public static class LiveMappers
{
    public static readonly RecordMapper XPage = page => XPageMapper.Map(page, "x");
    public static readonly RecordMapper BlueskyPost = post => [BlueskyPostMapper.Map(post, "bluesky")];
    public static readonly RecordMapper MastodonStatus = status => [MastodonStatusMapper.Map(status, "mastodon")];
}
