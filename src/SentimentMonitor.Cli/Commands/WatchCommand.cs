using System.CommandLine;
using System.Globalization;
using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Reports.Alerts;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>watch</c>: every interval, runs the cycle steps and evaluates the alert rules of the user config; alerts go to
/// the console, the alerts log, and the webhook / email when configured. <c>--once</c> runs one cycle (for cron).
/// </summary>
public static class WatchCommand
{
    private static readonly Option<string[]> Publications = new("--publication") { Description = "Publication to watch (repeatable); default: every tracked publication" };
    private static readonly Option<string> Every = new("--every") { Description = "Time between cycles: 90s, 30m, 1h, 1d", DefaultValueFactory = _ => "1h" };
    private static readonly Option<bool> Once = new("--once") { Description = "Run one cycle and exit (for cron)" };
    private static readonly Option<bool> NoCollect = new("--no-collect") { Description = "Do not search live sources (posts arrive by import); still classify and evaluate alerts" };
    private static readonly Option<string?> Config = new("--config") { Description = "Config file with the \"alerts\" section (default: $XDG_CONFIG_HOME/sentimentmonitor/config.json)" };

    public static Command Create()
    {
        Command command = new("watch", "Collect, classify and evaluate alert rules on a schedule; alert on console, log, webhook, email");
        command.WithExamples(
            "watch --every 1h",
            "watch --once --no-collect   (for cron)");
        command.Options.Add(Publications);
        command.Options.Add(Every);
        command.Options.Add(Once);
        command.Options.Add(NoCollect);
        command.Options.Add(Config);
        VerbRunner.Attach(command, RunAsync);
        return command;
    }

    private static async Task<ExitCode> RunAsync(VerbContext ctx)
    {
        TimeSpan every = Interval(ctx.Get(Every) ?? "1h");
        string configPath = ctx.Get(Config) ?? AlertSettingsLoader.DefaultConfigPath();
        AlertSettings settings;
        try
        {
            settings = AlertSettingsLoader.Load(configPath);
        }
        catch (FormatException ex)
        {
            throw new CliException(ExitCode.BadInput, ex.Message, ex);
        }
        if (!File.Exists(ctx.DatabasePath))
            throw new CliException(ExitCode.Database, $"database not found: {ctx.DatabasePath} (import or track something first, or pass --db)");
        string[] wanted = ctx.Get(Publications) ?? [];
        AlertLog log = new(settings.LogFile ?? Path.Combine(Path.GetDirectoryName(ctx.DatabasePath)!, "alerts.log"), TimeProvider.System);
        using HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
        List<IAlertSink> channels = [new TextAlertSink(ctx.Out)];
        if (settings.WebhookUrl is { } url)
            channels.Add(new WebhookAlertSink(http, url, settings.WebhookRetries, settings.WebhookFirstDelay));
        if (settings.Email is { } email)
            channels.Add(new SmtpAlertSink(email));
        AlertDispatcher dispatcher = new(log, ctx.Error, channels);
        JsonAlertStateStore state = JsonAlertStateStore.BesideDatabase(ctx.DatabasePath);
        ctx.Error.WriteLine($"watch: {settings.Rules.Count} rules ({(settings.ConfigFile is null ? "defaults; no config file" : settings.ConfigFile)}), " +
            $"alerts to console, {log.Path}{(settings.WebhookUrl is null ? "" : ", webhook")}{(settings.Email is null ? "" : ", " + settings.Email)}");

        IReadOnlyList<WatchStep> steps = Watch.WatchSteps.Build(ctx, wanted, settings, state, dispatcher, collect: !ctx.Get(NoCollect));
        WatchLoop loop = new(steps, ctx.Error, TimeProvider.System);
        await loop.RunAsync(every, ctx.Get(Once), ctx.Cancellation);
        return ExitCode.Ok;
    }

    /// <summary>"90s", "30m", "1h", "2d" or a TimeSpan ("01:30:00"); at least one second.</summary>
    public static TimeSpan Interval(string text)
    {
        string t = text.Trim().ToLowerInvariant();
        TimeSpan? value = null;
        if (t.Length > 1 && double.TryParse(t[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double n) && n > 0)
        {
            value = t[^1] switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                _ => null,
            };
        }
        if (value is null && TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out TimeSpan span))
            value = span;
        if (value is not { } v || v < TimeSpan.FromSeconds(1))
            throw new CliException(ExitCode.Usage, $"--every '{text}' is not an interval; use e.g. 90s, 30m, 1h or 1d");
        return v;
    }
}
