using System.Diagnostics;
using System.Text;

namespace SentimentMonitor.Cli.Tests.Collect;

/// <summary>
/// Runs the real <c>sentimentmonitor</c> executable as a child process with a clean environment: no inherited
/// SENTIMENTMONITOR_* variables, XDG folders and HOME inside the test's temp folder.
/// </summary>
public sealed class ChildCli(string home)
{
    private static readonly string Dll = Locate();

    public Dictionary<string, string> Environment { get; } = [];

    public Process Start(params string[] args)
    {
        ProcessStartInfo info = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (string a in args)
            info.ArgumentList.Add(a);
        foreach (string key in info.Environment.Keys.Where(k => k.StartsWith("SENTIMENTMONITOR_", StringComparison.Ordinal)).ToList())
            info.Environment.Remove(key);
        info.Environment["HOME"] = home;
        info.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, "config");
        info.Environment["XDG_STATE_HOME"] = Path.Combine(home, "state");
        info.Environment["XDG_DATA_HOME"] = Path.Combine(home, "data");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach ((string k, string v) in Environment)
            info.Environment[k] = v;
        return Process.Start(info)!;
    }

    /// <summary>
    /// The CLI's own build output (with its own deps and runtimeconfig): the copy in the test folder is resolved
    /// against the test's ASP.NET Core framework reference and would miss packages at run time.
    /// </summary>
    private static string Locate()
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "src", "SentimentMonitor.Cli", "bin", configuration, "net10.0", "sentimentmonitor.dll");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("sentimentmonitor.dll not found in src/SentimentMonitor.Cli/bin; build the solution first");
    }

    /// <summary>Runs to the end and returns exit code, stdout and stderr.</summary>
    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using Process p = Start(args);
        Task<string> output = p.StandardOutput.ReadToEndAsync();
        Task<string> error = p.StandardError.ReadToEndAsync();
        using CancellationTokenSource timeout = new(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await output, await error);
    }
}
