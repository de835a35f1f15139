namespace SentimentMonitor.Cli;

/// <summary>Entry point of <c>sentimentmonitor</c>.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args);
}
