namespace SentimentMonitor.Cli.Commands;

/// <summary>Checks an <c>--out</c> file path before anything is written, so a typo fails with a clear line, not an IO trace.</summary>
internal static class OutputPath
{
    /// <summary>Throws a usage error when the folder the file would go in does not exist or the path is a folder.</summary>
    public static string Check(string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new CliException(ExitCode.Usage, $"--out {path} is a folder; give a file name");
        string? folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
            throw new CliException(ExitCode.Usage, $"--out {path}: folder {folder} does not exist");
        return full;
    }
}
