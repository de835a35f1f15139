using System.CommandLine;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli;

/// <summary>
/// Runs a verb body and turns failures into one stderr line and an exit code. This is the single
/// error boundary of the CLI.
/// </summary>
public static class VerbRunner
{
    public static void Attach(Command command, Func<VerbContext, Task<ExitCode>> body, TextWriter? output = null, TextWriter? error = null)
    {
        command.SetAction(async (parse, cancellation) =>
        {
            TextWriter o = output ?? CliOutput.Out;
            TextWriter e = error ?? CliOutput.Error;
            VerbContext context = new(parse, o, e, cancellation);
            try
            {
                return (int)await body(context);
            }
            catch (CliException ex)
            {
                await e.WriteLineAsync($"error: {ex.Message}");
                if (context.Verbose && ex.InnerException is not null)
                    await e.WriteLineAsync(ex.InnerException.ToString());
                return (int)ex.Code;
            }
            catch (StorageException ex)
            {
                // Unreadable, locked, corrupt or read-only database: its own documented exit code.
                await e.WriteLineAsync($"error: {ex.Message}");
                if (context.Verbose)
                    await e.WriteLineAsync(ex.ToString());
                return (int)ExitCode.Database;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                await e.WriteLineAsync("interrupted: everything written so far is consistent; run the same command again to resume");
                return (int)ExitCode.Interrupted;
            }
            catch (Exception ex)
            {
                await e.WriteLineAsync($"error: {ex.Message}");
                if (context.Verbose)
                    await e.WriteLineAsync(ex.ToString());
                else
                    await e.WriteLineAsync("(run with --verbose for details)");
                return (int)ExitCode.Failure;
            }
        });
    }

    /// <summary>Synchronous convenience overload.</summary>
    public static void Attach(Command command, Func<VerbContext, ExitCode> body) =>
        Attach(command, ctx => Task.FromResult(body(ctx)));
}
