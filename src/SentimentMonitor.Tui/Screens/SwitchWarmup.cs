using System.Reflection;
using System.Runtime.CompilerServices;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Tui.Presenters;
using Terminal.Gui.Views;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// Runs the paper-switch path once on a background thread right after the first paint, so the user's first Enter does
/// not pay for just-in-time compilation (measured: the first switch after start-up took 2–3× the median). It reads the
/// paper under the cursor through a throw-away presenter on its own connection (storage, statistics and presenter
/// code, and the paper's pages in the OS cache) and compiles the publication screen's own methods without running them
/// (views belong to the UI thread). Nothing is shared with the UI: input is never blocked, and a failure is only logged.
/// </summary>
public static class SwitchWarmup
{
    /// <summary>
    /// Starts the warm-up for <paramref name="publication"/> (nothing when null) reading through ports from
    /// <paramref name="openPorts"/> (see <see cref="DashboardOptions.WarmupPorts"/>; null: compile only). Never faults.
    /// </summary>
    public static Task Start(Func<DashboardPorts>? openPorts, Publication? publication)
    {
        if (publication is null || Environment.GetEnvironmentVariable("SENTIMENTMONITOR_NO_WARMUP") == "1")
            return Task.CompletedTask;
        return Task.Factory.StartNew(() => Run(openPorts, publication), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private static void Run(Func<DashboardPorts>? openPorts, Publication publication)
    {
        try
        {
            if (openPorts?.Invoke() is { } ports)
            {
                try
                {
                    PublicationPresenter presenter = new(ports, publication);
                    _ = presenter.Headline();
                    _ = presenter.ChartCaption();
                    _ = presenter.Trend();
                    _ = presenter.Breakdowns();
                    IReadOnlyList<PostRow> rows = presenter.Posts();
                    _ = presenter.PostsCaption(rows.Count);
                }
                finally
                {
                    (ports.Posts as IDisposable)?.Dispose();
                }
            }
            foreach (Type type in new[] { typeof(PublicationScreen), typeof(PublicationPresenter), typeof(TrendChartView), typeof(Tables), typeof(TrendChartLayout), typeof(TableView), typeof(FrameView), typeof(TextField) })
                Compile(type);
        }
        catch (Exception ex) // a warm-up must never take the session down
        {
            DashboardLog.Write(ex, "switch warm-up failed (harmless)");
        }
    }

    /// <summary>JIT-compiles the type's own non-generic methods with bodies; those that cannot be prepared are skipped.</summary>
    private static void Compile(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        if (type.ContainsGenericParameters)
            return;
        foreach (MethodBase method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method.IsAbstract || method.ContainsGenericParameters || method.GetMethodBody() is null)
                continue;
            try
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or BadImageFormatException)
            {
                // e.g. methods the runtime will not compile ahead of a call; they are compiled on first use as before
            }
        }
    }
}
