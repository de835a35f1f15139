using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SentimentMonitor.Reports.Tests.Alerts;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 (no TLS, no AUTH) that accepts one message per connection and keeps the
/// envelope and the DATA text, enough to check what the email channel sends.
/// </summary>
internal sealed class LoopbackSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _loop;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public List<string> Recipients { get; } = [];
    public string? From { get; private set; }
    public string Data { get; private set; } = "";

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using TcpClient client = await _listener.AcceptTcpClientAsync();
                await ServeAsync(client);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // listener stopped
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using NetworkStream stream = client.GetStream();
        using StreamReader reader = new(stream, Encoding.ASCII);
        using StreamWriter writer = new(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 loopback ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            string verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250-loopback");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "MAIL":
                    From = line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0].Trim('<', '>');
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    Recipients.Add(line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0].Trim('<', '>'));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with .");
                    StringBuilder data = new();
                    while (await reader.ReadLineAsync() is { } d && d != ".")
                        data.AppendLine(d);
                    Data = data.ToString();
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
