using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Reports.Alerts;

namespace SentimentMonitor.Reports.Tests.Alerts;

public sealed class SmtpAlertSinkTests
{
    private static readonly AlertRule Rule = new() { Name = "clinicians-turn-negative", Kind = AlertKind.ClinicianNetBelow, Threshold = -0.2 };

    [Fact]
    public async Task Deliver_LoopbackSmtpServer_SendsOneMailToEveryRecipientWithTheAlert()
    {
        using LoopbackSmtpServer server = new();
        SmtpAlertSink sink = new(new SmtpSettings { Host = "127.0.0.1", Port = server.Port, From = "alerts@example.org", To = ["a@example.org", "b@example.org"] });
        AlertEvent alert = new(AlertEventKind.Raised, new AlertCheck(Rule, "10.1/x", "Trial X", true, "clinician net sentiment is -0.50", -0.5, 8), DateTimeOffset.UnixEpoch);

        await sink.DeliverAsync(alert, CancellationToken.None);

        Assert.Equal("alerts@example.org", server.From);
        Assert.Equal(["a@example.org", "b@example.org"], server.Recipients);
        Assert.Contains("Subject: [SentimentMonitor] Alert: clinicians-turn-negative", server.Data);
        Assert.Contains("RAISED clinicians-turn-negative", server.Data);
    }

    [Fact]
    public async Task Deliver_NoServerListening_AlertDeliveryExceptionNamingTheServer()
    {
        int port;
        using (LoopbackSmtpServer closed = new())
            port = closed.Port;
        SmtpAlertSink sink = new(new SmtpSettings { Host = "127.0.0.1", Port = port, User = "me", Password = "pw-secret", From = "a@example.org", To = ["b@example.org"] });
        AlertEvent alert = new(AlertEventKind.Cleared, new AlertCheck(Rule, "10.1/x", "Trial X", false, "fine again", 0.1, 8), DateTimeOffset.UnixEpoch);

        AlertDeliveryException ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => sink.DeliverAsync(alert, CancellationToken.None));

        Assert.Contains($"email via 127.0.0.1:{port} failed", ex.Message);
        Assert.DoesNotContain("pw-secret", ex.Message);
    }
}
