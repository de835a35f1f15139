using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.Mastodon;

/// <summary>
/// Reads saved Mastodon API responses: arrays of statuses, search results, single statuses, one per line (JSONL),
/// a single saved response, or a recorded-interaction file (non-status calls inside it are skipped).
/// </summary>
public sealed class MastodonRecordParser : JsonRecordParser
{
    public override ImportFormat Format => ImportFormat.Mastodon;

    protected override string ExpectedShape => "Mastodon statuses: an array of Status, {\"statuses\":[…]} or one Status";

    internal override bool TryMap(JsonElement root, string source, long line, List<ParseOutcome> output) =>
        MastodonPageMapper.TryMap(root, source, line, output);
}
