namespace SentimentMonitor.Cli.Tests.Dashboard;

public class DashboardCommandTests
{
    [Fact]
    public async Task Dashboard_WithoutATerminal_UsageErrorNamingTheAlternatives()
    {
        // Under the test host stdout is redirected, as it is in a pipe or cron job.
        Assert.True(Console.IsOutputRedirected || Console.IsInputRedirected);
        StringWriter output = new(), error = new();
        using IDisposable _ = CliOutput.Redirect(output, error);

        int code = await CliApp.RunAsync(["dashboard", "--db", Path.Combine(Path.GetTempPath(), "none.db")]);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Equal("error: the dashboard needs a terminal (stdin and stdout must not be redirected); for text output use `stats` or `posts`", error.ToString().Trim());
    }

    [Fact]
    public async Task NoVerb_OpensTheDashboard()
    {
        StringWriter output = new(), error = new();
        using IDisposable _ = CliOutput.Redirect(output, error);

        int code = await CliApp.RunAsync(["--db", Path.Combine(Path.GetTempPath(), "none.db")]);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.StartsWith("error: the dashboard needs a terminal", error.ToString());
    }
}
