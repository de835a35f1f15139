namespace SentimentMonitor.Cli.Dashboard;

/// <summary>
/// The bundled sample database (samples/sample.db in the repository). The dashboard opens a copy in a temp folder so
/// the sample is never modified, however the user relabels.
/// </summary>
public sealed class SampleDatabase : IDisposable
{
    public const string RelativePath = "samples/sample.db";

    private readonly string _folder;

    private SampleDatabase(string source, string folder, string copy)
    {
        Source = source;
        _folder = folder;
        CopyPath = copy;
    }

    /// <summary>The bundled file.</summary>
    public string Source { get; }

    /// <summary>The working copy the dashboard opens.</summary>
    public string CopyPath { get; }

    /// <summary>
    /// Finds samples/sample.db by walking up from the executable's folder, then from the current directory
    /// (covers `dotnet run` from the repo, a published build inside the repo, and running from the repo root).
    /// </summary>
    public static string? Locate(string? baseDirectory = null, string? currentDirectory = null)
    {
        foreach (string? start in new[] { baseDirectory ?? AppContext.BaseDirectory, currentDirectory ?? Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "samples", "sample.db");
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }

    /// <summary>Copies the sample into a fresh temp folder; null when there is no sample.</summary>
    public static SampleDatabase? OpenCopy(string? source = null)
    {
        source ??= Locate();
        if (source is null)
            return null;
        string folder = Path.Combine(Path.GetTempPath(), $"sentimentmonitor-sample-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        string copy = Path.Combine(folder, "sample.db");
        File.Copy(source, copy);
        // A sample saved with an open log file ships it alongside; LiteDB needs it to see the latest pages.
        string log = Path.ChangeExtension(source, null) + "-log.db";
        if (File.Exists(log))
            File.Copy(log, Path.Combine(folder, "sample-log.db"));
        return new SampleDatabase(source, folder, copy);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
