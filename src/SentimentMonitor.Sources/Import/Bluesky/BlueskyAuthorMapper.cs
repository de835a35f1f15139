using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Text;
using SentimentMonitor.Sources.Import.Json;

namespace SentimentMonitor.Sources.Import.Bluesky;

/// <summary>
/// Maps a Bluesky profile view (basic, full or detailed) to an <see cref="Author"/> keyed on the DID, since
/// handles change. Post views carry the basic profile, so the bio is often absent (null, not empty).
/// </summary>
public static class BlueskyAuthorMapper
{
    public static Author Map(JsonElement profile, DateTimeOffset seenAt)
    {
        string did = profile.Required("did"u8, "author.did");
        return new Author
        {
            Platform = Platform.Bluesky,
            AccountId = did,
            Handle = ProfileText.Handle(profile.String("handle"u8), did),
            DisplayName = ProfileText.Name(profile.String("displayName"u8)),
            Bio = ProfileText.Bio(profile.String("description"u8)),
            Followers = profile.Has("followersCount"u8) ? profile.Int("followersCount"u8) : null,
            IsBot = HasBotLabel(profile),
            ProfileSeenAt = seenAt,
        };
    }

    /// <summary>Accounts can self-label as bots ("bot" label value).</summary>
    private static bool HasBotLabel(JsonElement profile)
    {
        if (profile.Array("labels"u8) is not { } labels)
            return false;
        foreach (JsonElement label in labels.EnumerateArray())
        {
            if (label.String("val"u8) == "bot")
                return true;
        }
        return false;
    }
}
