using System.Text.Json;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.X;

/// <summary>
/// The <c>includes</c> of one X API page, looked up by id: users (authors) and tweets (retweeted, quoted and
/// replied-to originals). Valid only while the page's JSON document lives.
/// </summary>
public sealed class XExpansions
{
    /// <summary>A page without includes (flattened tweets carry theirs inline).</summary>
    public static readonly XExpansions None = new(null, null);

    private readonly Dictionary<string, JsonElement>? _users;
    private readonly Dictionary<string, JsonElement>? _tweets;

    private XExpansions(Dictionary<string, JsonElement>? users, Dictionary<string, JsonElement>? tweets)
    {
        _users = users;
        _tweets = tweets;
    }

    /// <summary>Indexes <c>page.includes.users</c> and <c>page.includes.tweets</c>.</summary>
    public static XExpansions FromPage(JsonElement page)
    {
        if (page.Object("includes"u8) is not { } includes)
            return None;
        return new XExpansions(Index(includes.Array("users"u8)), Index(includes.Array("tweets"u8)));
    }

    public JsonElement? User(string? id) => id is not null && _users is not null && _users.TryGetValue(id, out JsonElement user) ? user : null;

    public JsonElement? Tweet(string? id) => id is not null && _tweets is not null && _tweets.TryGetValue(id, out JsonElement tweet) ? tweet : null;

    private static Dictionary<string, JsonElement>? Index(JsonElement? items)
    {
        if (items is not { } array)
            return null;
        Dictionary<string, JsonElement> byId = new(array.GetArrayLength(), StringComparer.Ordinal);
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.String("id"u8) is { } id)
                byId.TryAdd(id, item);
        }
        return byId;
    }
}
