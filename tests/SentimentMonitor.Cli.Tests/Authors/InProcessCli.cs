namespace SentimentMonitor.Cli.Tests.Authors;

/// <summary>Runs the real command tree in-process and captures stdout/stderr.</summary>
internal static class InProcessCli
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        StringWriter output = new(), error = new();
        int code;
        using (CliOutput.Redirect(output, error))
            code = await CliApp.RunAsync(args);
        return (code, output.ToString(), error.ToString());
    }
}
