using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SentimentMonitor.TestSupport;

namespace SentimentMonitor.Sources.Tests.Live;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with one scripted handler. Logs every request (method, path and query,
/// Authorization header, the fake time it arrived) so tests can check paging, waits and credentials.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private LoopbackHost? _host;

    private LoopbackServer()
    {
    }

    public ConcurrentQueue<LoggedRequest> Requests { get; } = new();
    public Uri BaseUrl => _host!.BaseUrl;

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler, TimeProvider? clock = null)
    {
        LoopbackServer server = new();
        TimeProvider time = clock ?? TimeProvider.System;
        server._host = await LoopbackHost.StartAsync(app => app.Run(async context =>
        {
            server.Requests.Enqueue(new LoggedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.ToString(), time.GetUtcNow()));
            await handler(context);
        }));
        return server;
    }

    /// <summary>Requests whose path starts with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<LoggedRequest> To(string prefix) => Requests.Where(r => r.PathAndQuery.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>One request the loopback server saw.</summary>
public sealed record LoggedRequest(string Method, string PathAndQuery, string Authorization, DateTimeOffset At)
{
    public string? Query(string name)
    {
        int q = PathAndQuery.IndexOf('?');
        if (q < 0)
            return null;
        foreach (string pair in PathAndQuery[(q + 1)..].Split('&'))
        {
            int eq = pair.IndexOf('=');
            if (eq > 0 && Uri.UnescapeDataString(pair[..eq]) == name)
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return null;
    }

    public IReadOnlyList<string> QueryAll(string name)
    {
        int q = PathAndQuery.IndexOf('?');
        return q < 0 ? [] : PathAndQuery[(q + 1)..].Split('&')
            .Where(p => p.StartsWith(name + "=", StringComparison.Ordinal))
            .Select(p => Uri.UnescapeDataString(p[(name.Length + 1)..])).ToList();
    }
}
