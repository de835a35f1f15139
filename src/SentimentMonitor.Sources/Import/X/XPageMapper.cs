using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.X;

/// <summary>
/// Maps an already-parsed X API v2 value to records: a response page (<c>data[]</c>, or one <c>data</c> object on
/// stream lines, with <c>includes</c>; <c>errors[]</c> and <c>meta</c> are ignored, partial errors are normal),
/// a twarc2 <c>flatten</c> tweet (author and references inline), or an array of tweets.
/// Used by the import parser and by live collectors for HTTP responses.
/// </summary>
public static class XPageMapper
{
    /// <summary>Records (or per-tweet rejections) of one page, in page order; empty when the page has no tweets.</summary>
    public static IReadOnlyList<ParseOutcome> Map(JsonElement page, string source, long line = 1)
    {
        List<ParseOutcome> output = [];
        TryMap(page, source, line, output);
        return output;
    }

    /// <summary>False when the value is not a tweets page, flattened tweet or tweet array (e.g. users or counts).</summary>
    internal static bool TryMap(JsonElement root, string source, long line, List<ParseOutcome> output)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            if (!AllTweets(root))
                return false;
            foreach (JsonElement tweet in root.EnumerateArray())
                output.Add(XTweetMapper.Map(tweet, XExpansions.None, source, line));
            return true;
        }
        if (root.ValueKind != JsonValueKind.Object)
            return false;
        if (root.Child("data"u8) is { } data)
        {
            XExpansions expansions = XExpansions.FromPage(root);
            if (data.ValueKind == JsonValueKind.Object)
            {
                if (!IsTweet(data))
                    return false;
                output.Add(XTweetMapper.Map(data, expansions, source, line));
                return true;
            }
            if (data.ValueKind != JsonValueKind.Array || !AllTweets(data))
                return false;
            foreach (JsonElement tweet in data.EnumerateArray())
                output.Add(XTweetMapper.Map(tweet, expansions, source, line));
            return true;
        }
        if (IsTweet(root))
        {
            output.Add(XTweetMapper.Map(root, XExpansions.None, source, line));
            return true;
        }
        // A page with no results has meta (result_count 0) and no data: recognised, nothing to map.
        return root.Object("meta"u8) is not null;
    }

    /// <summary>A tweet has text; an id may be missing, which the tweet mapper then reports by name.</summary>
    private static bool IsTweet(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && (item.Has("text"u8) || item.Has("note_tweet"u8));

    private static bool AllTweets(JsonElement array)
    {
        // Users and counts responses also have data[]; the first item tells them apart.
        foreach (JsonElement item in array.EnumerateArray())
            return IsTweet(item);
        return true;
    }
}
