using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Reports.Alerts;

namespace SentimentMonitor.Reports.Tests.Alerts;

public sealed class AlertSettingsLoaderTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "sm-config-" + Guid.NewGuid().ToString("N") + ".json");

    [Fact]
    public void Load_AlertsSection_ReadsRulesWebhookAndEmailWithPasswordFromEnvironment()
    {
        File.WriteAllText(_file, """
            { "xBearerToken": "other-section",
              "alerts": {
                "rules": [
                  { "name": "turn", "kind": "clinician_net_below", "threshold": -0.3, "minPosts": 12, "windowDays": 14 },
                  { "kind": "aspect_rising", "threshold": 0.1, "aspect": "conflict_of_interest" } ],
                "webhookUrl": "https://hooks.example.org/abc",
                "email": { "host": "smtp.example.org", "port": 465, "user": "me", "password": "from-file", "from": "me@example.org", "to": ["a@example.org", "b@example.org"] } } }
            """);

        AlertSettings s = AlertSettingsLoader.Load(_file, name => name == "SENTIMENTMONITOR_SMTP_PASSWORD" ? "from-env" : null);

        Assert.Equal(2, s.Rules.Count);
        Assert.Equal(new AlertRule { Name = "turn", Kind = AlertKind.ClinicianNetBelow, Threshold = -0.3, MinPosts = 12, WindowDays = 14 }, s.Rules[0]);
        Assert.Equal("aspect_rising-conflict_of_interest", s.Rules[1].Name);
        Assert.Equal(Aspect.ConflictOfInterest, s.Rules[1].Aspect);
        Assert.Equal(new Uri("https://hooks.example.org/abc"), s.WebhookUrl);
        Assert.Equal("from-env", s.Email!.Password);
        Assert.Equal(465, s.Email.Port);
        Assert.Equal(["a@example.org", "b@example.org"], s.Email.To);
        Assert.DoesNotContain("from-env", s.Email.ToString());
    }

    [Fact]
    public void Load_NoFile_UsesDefaultRules()
    {
        AlertSettings s = AlertSettingsLoader.Load(_file, _ => null);

        Assert.Equal(AlertRule.Defaults, s.Rules);
        Assert.Null(s.WebhookUrl);
        Assert.Null(s.ConfigFile);
    }

    [Theory]
    [InlineData("""{ "alerts": { "rules": [ { "kind": "mood", "threshold": 1 } ] } }""", "alerts.rules[0].kind 'mood'")]
    [InlineData("""{ "alerts": { "rules": [ { "kind": "aspect_rising", "threshold": 0.1 } ] } }""", "alerts.rules[0].aspect is required")]
    [InlineData("""{ "alerts": { "webhookUrl": "ftp://x" } }""", "alerts.webhookUrl: not an http(s) URL")]
    [InlineData("""{ "alerts": { "email": { "host": "h", "to": "a@b" } } }""", "alerts.email.from is missing")]
    [InlineData("""{ "alerts": [ """, "not valid JSON (line 1")]
    public void Load_BadConfig_NamesFileAndField(string json, string expected)
    {
        File.WriteAllText(_file, json);

        FormatException ex = Assert.Throws<FormatException>(() => AlertSettingsLoader.Load(_file, _ => null));

        Assert.Contains(_file, ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    public void Dispose() => File.Delete(_file);
}
