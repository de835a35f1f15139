using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Reports.Alerts;

namespace SentimentMonitor.Reports.Tests.Alerts;

public sealed class WebhookDeliveryTests : IDisposable
{
    private static readonly Publication Paper = new() { Key = "10.1/x", Title = "Trial X" };
    private static readonly AlertRule Rule = new() { Name = "clinicians-turn-negative", Kind = AlertKind.ClinicianNetBelow, Threshold = -0.2, MinPosts = 5 };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-webhook-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public WebhookDeliveryTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Deliver_HealthyWebhook_PostsTheAlertAsJson()
    {
        await using LoopbackWebhook hook = await LoopbackWebhook.StartAsync();
        WebhookAlertSink sink = new(_http, hook.Url, retries: 2, TimeSpan.FromMilliseconds(10));

        await sink.DeliverAsync(Alert(), CancellationToken.None);

        JsonElement body = JsonDocument.Parse(Assert.Single(hook.Bodies)).RootElement;
        Assert.Equal("raised", body.GetProperty("event").GetString());
        Assert.Equal("clinicians-turn-negative", body.GetProperty("rule").GetString());
        Assert.Equal("clinician_net_below", body.GetProperty("kind").GetString());
        Assert.Equal("10.1/x", body.GetProperty("publication").GetString());
        Assert.Equal(-0.5, body.GetProperty("value").GetDouble());
        Assert.Equal(8, body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Deliver_WebhookFailsTwiceThenRecovers_RetriedAndDelivered()
    {
        await using LoopbackWebhook hook = await LoopbackWebhook.StartAsync(500, 503);
        WebhookAlertSink sink = new(_http, hook.Url, retries: 3, TimeSpan.FromMilliseconds(10));

        await sink.DeliverAsync(Alert(), CancellationToken.None);

        Assert.Equal(3, hook.Requests);
    }

    [Fact]
    public async Task Watch_WebhookAlwaysFails_RetriedThenLoggedWithoutSecretAndWatchKeepsRunning()
    {
        await using LoopbackWebhook hook = await LoopbackWebhook.StartAsync();
        hook.AlwaysStatus = 500;
        FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 20, 8, 0, 0, TimeSpan.Zero));
        MutableStatistics statistics = new();
        statistics.Rows.Add(new ReactionCount(new DateOnly(2025, 3, 19), Platform.X, AuthorRole.Clinician, Specialty.Cardiology, Sentiment.Negative, 9, 9));
        AlertLog log = new(Path.Combine(_folder, "alerts.log"), time);
        StringWriter console = new(), errors = new(), progress = new();
        AlertDispatcher dispatcher = new(log, errors, [new WebhookAlertSink(_http, hook.Url, retries: 2, TimeSpan.FromMilliseconds(10)), new TextAlertSink(console)]);
        AlertMonitor monitor = new(statistics, new JsonAlertStateStore(Path.Combine(_folder, "db.alerts.json")), dispatcher, time);
        int collectRuns = 0;
        WatchLoop loop = new(
        [
            new WatchStep("collect", _ => { collectRuns++; throw new InvalidOperationException("source down"); }),
            new WatchStep("alerts", async ct => $"{(await monitor.EvaluateAsync([Paper], [Rule], ct)).Count} events"),
        ], progress, time);

        await loop.RunCycleAsync(CancellationToken.None);
        await loop.RunCycleAsync(CancellationToken.None);

        Assert.Equal(3, hook.Requests); // one alert, first attempt + 2 retries; not repeated in cycle 2
        Assert.Equal(2, loop.Cycles);
        Assert.Equal(2, collectRuns);
        Assert.Equal(1, dispatcher.Failures);
        string logText = File.ReadAllText(log.Path);
        Assert.Contains("RAISED clinicians-turn-negative · Trial X", logText);
        Assert.Contains("ERROR webhook http://127.0.0.1:", logText);
        Assert.Contains("failed after 3 attempts: HTTP 500", logText);
        Assert.DoesNotContain("s3cr3t", logText + errors + progress);
        Assert.Contains("ALERT RAISED clinicians-turn-negative", console.ToString());
        Assert.Contains("alerts: 1 events", progress.ToString());
        Assert.Contains("alerts: 0 events", progress.ToString());
        Assert.Contains("collect: failed: source down (the watch goes on)", progress.ToString());
    }

    [Fact]
    public async Task Deliver_NothingListening_RetriedThenAlertDeliveryException()
    {
        Uri dead;
        await using (LoopbackWebhook hook = await LoopbackWebhook.StartAsync())
            dead = hook.Url;
        WebhookAlertSink sink = new(_http, dead, retries: 1, TimeSpan.FromMilliseconds(10));

        AlertDeliveryException ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => sink.DeliverAsync(Alert(), CancellationToken.None));

        Assert.Contains("failed after 2 attempts", ex.Message);
        Assert.DoesNotContain("s3cr3t", ex.Message);
    }

    private static AlertEvent Alert() =>
        new(AlertEventKind.Raised, new AlertCheck(Rule, Paper.Key, Paper.DisplayName, true, "clinician net sentiment is -0.50", -0.5, 8), DateTimeOffset.UnixEpoch);

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
