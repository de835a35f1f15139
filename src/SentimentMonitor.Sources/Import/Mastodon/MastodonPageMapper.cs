using System.Text.Json;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.Mastodon;

/// <summary>
/// Maps an already-parsed Mastodon response to records: an array of statuses (tag, public and account
/// timelines), search results (<c>statuses[]</c>) or a single status. Used by the import parser and collectors.
/// </summary>
public static class MastodonPageMapper
{
    /// <summary>Records (or rejections) of one response, in response order.</summary>
    public static IReadOnlyList<ParseOutcome> Map(JsonElement page, string source, long line = 1)
    {
        List<ParseOutcome> output = [];
        TryMap(page, source, line, output);
        return output;
    }

    /// <summary>False when the value holds no statuses (accounts, instance info, edit history, errors).</summary>
    internal static bool TryMap(JsonElement root, string source, long line, List<ParseOutcome> output)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            // Edit history and account lists are arrays too: only arrays of statuses count.
            foreach (JsonElement first in root.EnumerateArray())
            {
                if (!IsStatus(first))
                    return false;
                break;
            }
            foreach (JsonElement status in root.EnumerateArray())
                output.Add(MastodonStatusMapper.Map(status, source, line));
            return true;
        }
        if (root.ValueKind != JsonValueKind.Object)
            return false;
        if (root.Array("statuses"u8) is { } statuses)
        {
            foreach (JsonElement status in statuses.EnumerateArray())
                output.Add(MastodonStatusMapper.Map(status, source, line));
            return true;
        }
        if (IsStatus(root))
        {
            output.Add(MastodonStatusMapper.Map(root, source, line));
            return true;
        }
        return false;
    }

    /// <summary>A status has an account and content (or "text" in a delete response); a uri may be missing and is then reported.</summary>
    private static bool IsStatus(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.Has("account"u8) && (item.Has("content"u8) || item.Has("text"u8) || item.Has("reblog"u8)) && (item.Has("uri"u8) || item.Has("id"u8));
}
