using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SentimentMonitor.TestSupport;

namespace SentimentMonitor.Reports.Tests.Alerts;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) taking webhook POSTs at /hooks/{token}: it answers with the
/// next scripted status (200 once the script runs out, or <see cref="AlwaysStatus"/>) and keeps every body.
/// </summary>
internal sealed class LoopbackWebhook : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> _script = new();
    private LoopbackHost? _host;

    private LoopbackWebhook()
    {
    }

    public ConcurrentQueue<string> Bodies { get; } = new();
    public int Requests => Bodies.Count;
    public int? AlwaysStatus { get; set; }
    public Uri Url { get; private set; } = null!;

    public static async Task<LoopbackWebhook> StartAsync(params int[] statuses)
    {
        LoopbackWebhook hook = new();
        foreach (int status in statuses)
            hook._script.Enqueue(status);
        hook._host = await LoopbackHost.StartAsync(app => app.MapPost("/hooks/{token}", async (HttpContext context) =>
        {
            using StreamReader reader = new(context.Request.Body);
            hook.Bodies.Enqueue(await reader.ReadToEndAsync());
            context.Response.StatusCode = hook.AlwaysStatus ?? (hook._script.TryDequeue(out int s) ? s : 200);
        }));
        hook.Url = new Uri(hook._host.BaseUrl, "hooks/s3cr3t-token");
        return hook;
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;
}
