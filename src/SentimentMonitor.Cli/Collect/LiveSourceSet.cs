using SentimentMonitor.Core.Collection;
using SentimentMonitor.Sources.Live;
using SentimentMonitor.Sources.Live.Bluesky;
using SentimentMonitor.Sources.Live.Mastodon;
using SentimentMonitor.Sources.Live.X;

namespace SentimentMonitor.Cli.Collect;

/// <summary>
/// Builds the live sources a <c>collect</c> asks for from the settings. A source asked for by name without its
/// credentials is a NotConfigured error with a hint; with "all", unconfigured sources are skipped with a note.
/// </summary>
internal static class LiveSourceSet
{
    public static readonly string[] Names = ["x", "bluesky", "mastodon"];

    public static (IReadOnlyList<IPostSource> Sources, IReadOnlyList<string> Skipped) Build(string which, SourceSettings settings, HttpClient http, TimeProvider time)
    {
        bool all = which == "all";
        List<IPostSource> sources = [];
        List<string> skipped = [];
        if (all || which == "x")
        {
            if (settings.HasX)
                sources.Add(new XPostSource(http, settings, LiveMappers.XPage, time));
            else if (all)
                skipped.Add("x: skipped, no bearer token (set SENTIMENTMONITOR_X_BEARER_TOKEN)");
            else
                throw new CliException(ExitCode.NotConfigured, "x is not configured: set SENTIMENTMONITOR_X_BEARER_TOKEN (or xBearerToken in " + ConfigHint(settings) + ")");
        }
        if (all || which == "bluesky")
        {
            if (settings.HasBluesky)
            {
                BlueskyClient client = new(http, settings, new BlueskySessionStore(settings.BlueskySessionPath));
                sources.Add(new BlueskyPostSource(client, LiveMappers.BlueskyPost, time));
            }
            else if (all)
                skipped.Add("bluesky: skipped, no login (set SENTIMENTMONITOR_BSKY_HANDLE and SENTIMENTMONITOR_BSKY_APP_PASSWORD)");
            else
                throw new CliException(ExitCode.NotConfigured, "bluesky is not configured: set SENTIMENTMONITOR_BSKY_HANDLE and SENTIMENTMONITOR_BSKY_APP_PASSWORD (an app password from Settings > App passwords) or bskyHandle/bskyAppPassword in " + ConfigHint(settings));
        }
        if (all || which == "mastodon")
        {
            if (settings.MastodonInstances.Count > 0)
                sources.Add(new MastodonPostSource(http, settings, LiveMappers.MastodonStatus));
            else if (!all)
                throw new CliException(ExitCode.NotConfigured, "no Mastodon instances: set SENTIMENTMONITOR_MASTODON_INSTANCES");
        }
        return (sources, skipped);
    }

    private static string ConfigHint(SourceSettings settings) =>
        settings.ConfigFile ?? "$XDG_CONFIG_HOME/sentimentmonitor/config.json";
}
