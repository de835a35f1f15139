using System.Globalization;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Finds the model zip of a task when --model is not given: the highest-versioned TASK-vN.zip in
/// $SENTIMENTMONITOR_MODELS, then ./models, then the models/ folder shipped next to the executable (first folder that
/// has one wins). Picking the highest version lets a retrained model ship beside, or instead of, the old one.
/// </summary>
public static class ModelLocator
{
    /// <summary>The file-name pattern of a task's models, for messages (e.g. <c>sentiment-v*.zip</c>).</summary>
    public static string DefaultFileName(ModelTask task) => $"{Prefix(task)}v*.zip";

    /// <summary>The path to use, or null when no default model exists.</summary>
    public static string? Find(ModelTask task, string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return File.Exists(explicitPath) ? explicitPath : throw new CliException(ExitCode.InputNotFound, $"model not found: {explicitPath}");
        string? env = Environment.GetEnvironmentVariable("SENTIMENTMONITOR_MODELS");
        IEnumerable<string> folders = new[]
        {
            string.IsNullOrWhiteSpace(env) ? null : env,
            Path.Combine(Environment.CurrentDirectory, "models"),
            Path.Combine(AppContext.BaseDirectory, "models"),
        }.OfType<string>();
        return folders.Select(folder => NewestIn(folder, task)).FirstOrDefault(path => path is not null);
    }

    public static string Require(ModelTask task, string? explicitPath) =>
        Find(task, explicitPath) ?? throw new CliException(ExitCode.InputNotFound,
            $"no {task.ToString().ToLowerInvariant()} model: pass --model, or put {DefaultFileName(task)} in ./models or $SENTIMENTMONITOR_MODELS");

    private static string Prefix(ModelTask task) => $"{task.ToString().ToLowerInvariant()}-";

    /// <summary>The highest-versioned model of the task in one folder, or null.</summary>
    public static string? NewestIn(string folder, ModelTask task)
    {
        if (!Directory.Exists(folder))
            return null;
        string prefix = Prefix(task) + "v";
        return Directory.EnumerateFiles(folder, prefix + "*.zip")
            .Select(path => (Path: path, Version: VersionOf(Path.GetFileNameWithoutExtension(path), prefix)))
            .Where(candidate => candidate.Version >= 0)
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Path)
            .FirstOrDefault();
    }

    // "sentiment-v12" → 12; anything else (e.g. "sentiment-vnext") → -1 so stray files are ignored.
    private static int VersionOf(string name, string prefix) =>
        int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int version) ? version : -1;
}
