using System.Text.Json;
using SentimentMonitor.Cli.Commands;

namespace SentimentMonitor.Cli.Tests;

/// <summary>Runs verbs in-process against a database in a fresh temp folder and captures what they print.</summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sm-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = Path.Combine(Folder, "monitor.db");
    }

    public string Folder { get; }
    public string Db { get; }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public Task<(int Code, string Out, string Error)> Run(params string[] args) => RunOn(Db, args);

    public static async Task<(int Code, string Out, string Error)> RunOn(string db, params string[] args)
    {
        StringWriter output = new(), error = new();
        int code;
        using (CliOutput.Redirect(output, error))
            code = await CliApp.RunAsync(["--db", db, .. args]);
        return (code, output.ToString(), error.ToString());
    }

    public async Task<JsonElement> RunJson(params string[] args)
    {
        (int code, string output, string error) = await Run(args);
        Assert.True(code == 0, $"exit {code}: {error}");
        return JsonDocument.Parse(output).RootElement;
    }

    /// <summary>A twarc2 file of <paramref name="posts"/> tweets built from a real fixture; every fifth cites the running example's DOI.</summary>
    public string Generated(int posts)
    {
        string path = Path.Combine(Folder, $"tweets-{posts}.jsonl");
        if (!File.Exists(path))
            BenchImportFile.Write(Fixture("x-kpop-brexit.jsonl"), path, posts);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a leaked handle must not fail the test */ }
    }
}
