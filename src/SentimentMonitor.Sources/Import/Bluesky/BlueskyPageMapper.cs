using System.Text.Json;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.Bluesky;

/// <summary>
/// Maps an already-parsed Bluesky XRPC response to records: <c>posts[]</c> (searchPosts, getPosts, getQuotes),
/// <c>feed[]</c> (getAuthorFeed, getTimeline; a <c>#reasonRepost</c> item yields the original and the repost),
/// <c>thread</c> (getPostThread: the post, its parents and replies), a bare array of either, or one post view.
/// Used by the import parser and by live collectors.
/// </summary>
public static class BlueskyPageMapper
{
    private const string RepostReason = "app.bsky.feed.defs#reasonRepost";

    /// <summary>Records (or rejections) of one response, in response order.</summary>
    public static IReadOnlyList<ParseOutcome> Map(JsonElement page, string source, long line = 1)
    {
        List<ParseOutcome> output = [];
        TryMap(page, source, line, output);
        return output;
    }

    /// <summary>False when the value is none of the post-bearing shapes (e.g. a profiles or follows response).</summary>
    internal static bool TryMap(JsonElement root, string source, long line, List<ParseOutcome> output)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            bool any = false;
            foreach (JsonElement item in root.EnumerateArray())
                any |= MapItem(item, source, line, output);
            return any || root.GetArrayLength() == 0;
        }
        if (root.ValueKind != JsonValueKind.Object)
            return false;
        if (root.Array("posts"u8) is { } posts)
        {
            foreach (JsonElement post in posts.EnumerateArray())
                output.Add(BlueskyPostMapper.Map(post, source, line));
            return true;
        }
        if (root.Array("feed"u8) is { } feed)
        {
            foreach (JsonElement item in feed.EnumerateArray())
                MapFeedItem(item, source, line, output);
            return true;
        }
        if (root.Object("thread"u8) is { } thread)
        {
            MapThread(thread, source, line, output, depth: 0);
            return true;
        }
        return MapItem(root, source, line, output);
    }

    private static bool MapItem(JsonElement item, string source, long line, List<ParseOutcome> output)
    {
        if (IsPostView(item))
        {
            output.Add(BlueskyPostMapper.Map(item, source, line));
            return true;
        }
        if (item.Object("post"u8) is { } post && IsPostView(post))
        {
            MapFeedItem(item, source, line, output);
            return true;
        }
        return false;
    }

    private static void MapFeedItem(JsonElement item, string source, long line, List<ParseOutcome> output)
    {
        if (item.Object("post"u8) is not { } post)
        {
            output.Add(BlueskyPostMapper.Map(item, source, line));
            return;
        }
        output.Add(BlueskyPostMapper.Map(post, source, line));
        if (item.Object("reason"u8)?.String("$type"u8) == RepostReason)
            output.Add(BlueskyPostMapper.MapRepost(item, source, line));
    }

    /// <summary>threadViewPost: parents up, replies down; not-found and blocked posts have no "post" and are skipped.</summary>
    private static void MapThread(JsonElement node, string source, long line, List<ParseOutcome> output, int depth)
    {
        if (depth > 200 || node.Object("post"u8) is not { } post)
            return;
        if (depth == 0 && node.Object("parent"u8) is { } parent)
            MapParents(parent, source, line, output);
        output.Add(BlueskyPostMapper.Map(post, source, line));
        if (node.Array("replies"u8) is { } replies)
        {
            foreach (JsonElement reply in replies.EnumerateArray())
                MapThread(reply, source, line, output, depth + 1);
        }
    }

    private static void MapParents(JsonElement parent, string source, long line, List<ParseOutcome> output)
    {
        Stack<JsonElement> chain = new();
        for (JsonElement? at = parent; at is { } node && chain.Count < 200; at = node.Object("parent"u8))
        {
            if (node.Object("post"u8) is { } post)
                chain.Push(post);
        }
        while (chain.Count > 0)
            output.Add(BlueskyPostMapper.Map(chain.Pop(), source, line));
    }

    private static bool IsPostView(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.Has("uri"u8) && item.Has("record"u8) && item.Has("author"u8);
}
