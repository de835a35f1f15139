using SentimentMonitor.ML.Data;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Finds the model zip of a task when --model is not given: $SENTIMENTMONITOR_MODELS/TASK-v1.zip, ./models/TASK-v1.zip,
/// then the models/ folder shipped next to the executable.
/// </summary>
public static class ModelLocator
{
    public static string DefaultFileName(ModelTask task) => $"{task.ToString().ToLowerInvariant()}-v1.zip";

    /// <summary>The path to use, or null when no default model exists.</summary>
    public static string? Find(ModelTask task, string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return File.Exists(explicitPath) ? explicitPath : throw new CliException(ExitCode.InputNotFound, $"model not found: {explicitPath}");
        string name = DefaultFileName(task);
        string? env = Environment.GetEnvironmentVariable("SENTIMENTMONITOR_MODELS");
        IEnumerable<string> candidates = new[]
        {
            string.IsNullOrWhiteSpace(env) ? null : Path.Combine(env, name),
            Path.Combine(Environment.CurrentDirectory, "models", name),
            Path.Combine(AppContext.BaseDirectory, "models", name),
        }.OfType<string>();
        return candidates.FirstOrDefault(File.Exists);
    }

    public static string Require(ModelTask task, string? explicitPath) =>
        Find(task, explicitPath) ?? throw new CliException(ExitCode.InputNotFound,
            $"no {task.ToString().ToLowerInvariant()} model: pass --model, or put {DefaultFileName(task)} in ./models or $SENTIMENTMONITOR_MODELS");
}
