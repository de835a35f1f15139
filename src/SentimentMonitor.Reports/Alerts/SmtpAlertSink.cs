using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SentimentMonitor.Core.Alerts;

namespace SentimentMonitor.Reports.Alerts;

/// <summary>Emails each alert through the configured SMTP server (STARTTLS when offered; SSL on port 465).</summary>
public sealed class SmtpAlertSink(SmtpSettings settings) : IAlertSink
{
    public async Task DeliverAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        MimeMessage message = new();
        message.From.Add(MailboxAddress.Parse(settings.From));
        foreach (string to in settings.To)
            message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"[SentimentMonitor] {(alert.Kind == AlertEventKind.Raised ? "Alert" : "Cleared")}: {alert.Check.Rule.Name} · {alert.Check.PublicationName}";
        message.Body = new TextPart("plain")
        {
            Text = $"{alert.Describe()}\n\nPublication: {alert.Check.PublicationKey}\nRule: {alert.Check.Rule.Name} ({alert.Check.Rule.Kind})\nAt: {alert.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC\n",
        };
        try
        {
            using SmtpClient client = new();
            SecureSocketOptions security = settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
            if (settings.User is not null)
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // MailKit messages name the server and the SMTP reply, never the password.
            throw new AlertDeliveryException($"email via {settings.Host}:{settings.Port} failed: {ex.Message}", ex);
        }
    }
}
