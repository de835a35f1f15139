namespace SentimentMonitor.Cli;

/// <summary>
/// Where verbs write when no writer was given to <see cref="VerbRunner.Attach(System.CommandLine.Command, Func{VerbContext, Task{ExitCode}}, TextWriter?, TextWriter?)"/>:
/// the console, or writers installed for the current async flow (tests run verbs in-process and read their output).
/// </summary>
public static class CliOutput
{
    private static readonly AsyncLocal<(TextWriter Out, TextWriter Error)?> Redirected = new();

    public static TextWriter Out => Redirected.Value?.Out ?? Console.Out;

    public static TextWriter Error => Redirected.Value?.Error ?? Console.Error;

    /// <summary>Sends verb output of this async flow to the given writers until disposed.</summary>
    public static IDisposable Redirect(TextWriter output, TextWriter error)
    {
        Redirected.Value = (output, error);
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => Redirected.Value = null;
    }
}
