using System.CommandLine;
using System.Reflection;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>version</c>: prints the program version and the default database path.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        Command command = new("version", "Print the program version and the database path in use");
        VerbRunner.Attach(command, ctx =>
        {
            string version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            ctx.Out.WriteLine($"sentimentmonitor {version}");
            ctx.Out.WriteLine($"database: {ctx.DatabasePath}");
            return ExitCode.Ok;
        });
        return command;
    }
}
