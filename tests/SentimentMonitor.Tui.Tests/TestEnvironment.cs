using System.Runtime.CompilerServices;

namespace SentimentMonitor.Tui.Tests;

/// <summary>Keeps Terminal.Gui away from the real terminal: without it a test run from tmux/ssh stops on SIGTTOU.</summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void Init() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
