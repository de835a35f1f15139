using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SentimentMonitor.Reports.Tests.Alerts;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) taking webhook POSTs at /hooks/{token}: it answers with the
/// next scripted status (200 once the script runs out, or <see cref="AlwaysStatus"/>) and keeps every body.
/// </summary>
internal sealed class LoopbackWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();

    private LoopbackWebhook(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Bodies { get; } = new();
    public int Requests => Bodies.Count;
    public int? AlwaysStatus { get; set; }
    public Uri Url { get; private set; } = null!;

    public static async Task<LoopbackWebhook> StartAsync(params int[] statuses)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        LoopbackWebhook hook = new(builder.Build());
        foreach (int status in statuses)
            hook._script.Enqueue(status);
        hook._app.MapPost("/hooks/{token}", async (HttpContext context) =>
        {
            using StreamReader reader = new(context.Request.Body);
            hook.Bodies.Enqueue(await reader.ReadToEndAsync());
            context.Response.StatusCode = hook.AlwaysStatus ?? (hook._script.TryDequeue(out int s) ? s : 200);
        });
        await hook._app.StartAsync();
        string address = hook._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        hook.Url = new Uri(address.TrimEnd('/') + "/hooks/s3cr3t-token");
        return hook;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
