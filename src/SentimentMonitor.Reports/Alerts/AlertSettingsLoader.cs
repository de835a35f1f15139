using System.Text.Json;
using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Reports.Alerts;

/// <summary>
/// Reads the "alerts" object of the user config file ($XDG_CONFIG_HOME/sentimentmonitor/config.json, else
/// ~/.config/…): <c>rules</c> [{name, kind, threshold, minPosts, windowDays, aspect}], <c>webhookUrl</c>,
/// <c>email</c> {host, port, user, password, from, to[]}, <c>logFile</c>. SENTIMENTMONITOR_ALERT_WEBHOOK and
/// SENTIMENTMONITOR_SMTP_PASSWORD win over the file. Errors name the file and the field, never a secret.
/// </summary>
public static class AlertSettingsLoader
{
    public static string DefaultConfigPath(Func<string, string?>? environment = null)
    {
        Func<string, string?> env = environment ?? Environment.GetEnvironmentVariable;
        string? xdg = env("XDG_CONFIG_HOME");
        string home = env("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".config") : xdg, "sentimentmonitor", "config.json");
    }

    public static AlertSettings Load(string configPath, Func<string, string?>? environment = null)
    {
        Func<string, string?> env = environment ?? Environment.GetEnvironmentVariable;
        AlertSettings settings = new();
        if (File.Exists(configPath))
        {
            try
            {
                using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(configPath));
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("alerts", out JsonElement alerts))
                    settings = Read(alerts, configPath) with { ConfigFile = configPath };
                else
                    settings = settings with { ConfigFile = configPath };
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{configPath}: not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine})");
            }
        }
        if (env("SENTIMENTMONITOR_ALERT_WEBHOOK") is { Length: > 0 } hook)
            settings = settings with { WebhookUrl = Url(hook, "SENTIMENTMONITOR_ALERT_WEBHOOK") };
        if (settings.Email is { } email && env("SENTIMENTMONITOR_SMTP_PASSWORD") is { Length: > 0 } password)
            settings = settings with { Email = email with { Password = password } };
        return settings;
    }

    private static AlertSettings Read(JsonElement alerts, string file)
    {
        AlertSettings settings = new();
        if (alerts.TryGetProperty("rules", out JsonElement rules))
            settings = settings with { Rules = rules.EnumerateArray().Select((r, i) => Rule(r, $"{file}: alerts.rules[{i}]")).ToArray() };
        if (String(alerts, "webhookUrl") is { } url)
            settings = settings with { WebhookUrl = Url(url, $"{file}: alerts.webhookUrl") };
        if (String(alerts, "logFile") is { } log)
            settings = settings with { LogFile = log };
        if (alerts.TryGetProperty("email", out JsonElement email) && email.ValueKind == JsonValueKind.Object)
        {
            string where = $"{file}: alerts.email";
            settings = settings with
            {
                Email = new SmtpSettings
                {
                    Host = String(email, "host") ?? throw new FormatException($"{where}.host is missing"),
                    Port = email.TryGetProperty("port", out JsonElement port) ? port.GetInt32() : 587,
                    User = String(email, "user"),
                    Password = String(email, "password"),
                    From = String(email, "from") ?? throw new FormatException($"{where}.from is missing"),
                    To = email.TryGetProperty("to", out JsonElement to)
                        ? (to.ValueKind == JsonValueKind.Array ? to.EnumerateArray().Select(t => t.GetString() ?? "").ToArray() : [to.GetString() ?? ""])
                        : throw new FormatException($"{where}.to is missing"),
                },
            };
        }
        return settings;
    }

    private static AlertRule Rule(JsonElement r, string where)
    {
        string kindText = String(r, "kind") ?? throw new FormatException($"{where}.kind is missing (clinician_net_below, volume_surge or aspect_rising)");
        if (!DomainSlugs.TryParse(kindText, out AlertKind kind))
            throw new FormatException($"{where}.kind '{kindText}' is not one of clinician_net_below, volume_surge, aspect_rising");
        Aspect? aspect = null;
        if (String(r, "aspect") is { } aspectText)
            aspect = DomainSlugs.TryParse(aspectText, out Aspect a) ? a : throw new FormatException($"{where}.aspect '{aspectText}' is not one of {string.Join(", ", DomainSlugs.All<Aspect>())}");
        if (kind == AlertKind.AspectRising && aspect is null)
            throw new FormatException($"{where}.aspect is required for aspect_rising");
        return new AlertRule
        {
            Name = String(r, "name") ?? $"{DomainSlugs.Slug(kind)}{(aspect is { } x ? "-" + DomainSlugs.Slug(x) : "")}",
            Kind = kind,
            Threshold = r.TryGetProperty("threshold", out JsonElement t) && t.TryGetDouble(out double th) ? th : throw new FormatException($"{where}.threshold is missing or not a number"),
            MinPosts = r.TryGetProperty("minPosts", out JsonElement m) ? m.GetInt32() : 10,
            WindowDays = r.TryGetProperty("windowDays", out JsonElement w) ? Math.Max(1, w.GetInt32()) : 7,
            Aspect = aspect,
        };
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static Uri Url(string value, string where) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new FormatException($"{where}: not an http(s) URL");
}
