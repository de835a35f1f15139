using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.Bluesky;

/// <summary>
/// Reads saved Bluesky XRPC responses: one response per line (JSONL), a single saved response, or a
/// recorded-interaction file. Profiles and other non-post calls inside recordings are skipped.
/// </summary>
public sealed class BlueskyRecordParser : JsonRecordParser
{
    public override ImportFormat Format => ImportFormat.Bluesky;

    protected override string ExpectedShape => "a Bluesky response with posts[], feed[] or thread, or a post view (uri, author, record)";

    internal override bool TryMap(JsonElement root, string source, long line, List<ParseOutcome> output) =>
        BlueskyPageMapper.TryMap(root, source, line, output);
}
