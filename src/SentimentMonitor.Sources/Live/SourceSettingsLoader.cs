using System.Text.Json;

namespace SentimentMonitor.Sources.Live;

/// <summary>
/// Reads <see cref="SourceSettings"/>: the user config file ($XDG_CONFIG_HOME/sentimentmonitor/config.json, else
/// ~/.config/…) with flat keys (xBearerToken, xBaseUrl, bskyHandle, bskyAppPassword, bskyBaseUrl,
/// mastodonInstances, crossrefBaseUrl, ncbiBaseUrl, contactEmail), then the SENTIMENTMONITOR_* variables, which win.
/// </summary>
public static class SourceSettingsLoader
{
    public static SourceSettings Load(Func<string, string?>? environment = null)
    {
        Func<string, string?> env = environment ?? Environment.GetEnvironmentVariable;
        string configDir = Xdg(env, "XDG_CONFIG_HOME", ".config");
        string stateDir = Xdg(env, "XDG_STATE_HOME", Path.Combine(".local", "state"));
        string configFile = Path.Combine(configDir, "sentimentmonitor", "config.json");
        Dictionary<string, string> file = ReadFile(configFile);

        string? Get(string envName, string fileKey)
        {
            string? fromEnv = env(envName);
            if (!string.IsNullOrWhiteSpace(fromEnv))
                return fromEnv.Trim();
            return file.TryGetValue(fileKey, out string? v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        }

        SourceSettings defaults = new() { BlueskySessionPath = Path.Combine(stateDir, "sentimentmonitor", "bluesky-session.json") };
        string? instances = Get("SENTIMENTMONITOR_MASTODON_INSTANCES", "mastodonInstances");
        return defaults with
        {
            XBearerToken = Get("SENTIMENTMONITOR_X_BEARER_TOKEN", "xBearerToken"),
            XBaseUrl = Url(Get("SENTIMENTMONITOR_X_BASE_URL", "xBaseUrl"), defaults.XBaseUrl, "SENTIMENTMONITOR_X_BASE_URL"),
            BlueskyHandle = Get("SENTIMENTMONITOR_BSKY_HANDLE", "bskyHandle")?.TrimStart('@'),
            BlueskyAppPassword = Get("SENTIMENTMONITOR_BSKY_APP_PASSWORD", "bskyAppPassword"),
            BlueskyBaseUrl = Url(Get("SENTIMENTMONITOR_BSKY_BASE_URL", "bskyBaseUrl"), defaults.BlueskyBaseUrl, "SENTIMENTMONITOR_BSKY_BASE_URL"),
            MastodonInstances = instances is null
                ? defaults.MastodonInstances
                : instances.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(i => Url(i.Contains("://") ? i : "https://" + i, null, "SENTIMENTMONITOR_MASTODON_INSTANCES")).ToList(),
            CrossrefBaseUrl = Url(Get("SENTIMENTMONITOR_CROSSREF_BASE_URL", "crossrefBaseUrl"), defaults.CrossrefBaseUrl, "SENTIMENTMONITOR_CROSSREF_BASE_URL"),
            NcbiBaseUrl = Url(Get("SENTIMENTMONITOR_NCBI_BASE_URL", "ncbiBaseUrl"), defaults.NcbiBaseUrl, "SENTIMENTMONITOR_NCBI_BASE_URL"),
            ContactEmail = Get("SENTIMENTMONITOR_CONTACT_EMAIL", "contactEmail"),
            ConfigFile = File.Exists(configFile) ? configFile : null,
        };
    }

    private static string Xdg(Func<string, string?> env, string variable, string fallback)
    {
        string? value = env(variable);
        if (!string.IsNullOrWhiteSpace(value))
            return value;
        string home = env("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, fallback);
    }

    private static Uri Url(string? value, Uri? fallback, string name)
    {
        if (value is null)
            return fallback ?? throw new FormatException($"{name}: empty URL");
        if (Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return uri;
        throw new FormatException($"{name}: '{value}' is not an http(s) URL");
    }

    private static Dictionary<string, string> ReadFile(string path)
    {
        Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
            return values;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            foreach (JsonProperty p in doc.RootElement.EnumerateObject())
            {
                values[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.Array => string.Join(",", p.Value.EnumerateArray().Select(e => e.ToString())),
                    _ => p.Value.ToString(),
                };
            }
        }
        catch (JsonException ex)
        {
            // Never echo the file: it holds secrets. Line/position is enough to fix it.
            throw new FormatException($"{path}: not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine})");
        }
        return values;
    }
}
