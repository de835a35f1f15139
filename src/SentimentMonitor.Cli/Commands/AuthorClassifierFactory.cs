using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML.Authors;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// Builds the author classifier the CLI uses (composition root for author roles). The shipped classifier is the
/// rules: on the holdout and the table test the model never beat them and "combined" only equalled them
/// (models/author-role-v1.md). "ml" and "combined" stay available, with a model zip, for measurement.
/// </summary>
public static class AuthorClassifierFactory
{
    public const string ModelFileName = "author-role-v1.zip";

    public static IAuthorClassifier Create(string kind = "rules", string? modelPath = null)
    {
        RuleBasedAuthorClassifier rules = new();
        if (kind == "rules")
            return rules;
        string? path = modelPath ?? FindModel();
        if (path is null || !File.Exists(path))
        {
            if (kind == "ml" || modelPath is not null)
                throw new CliException(ExitCode.InputNotFound, $"author model not found: {path ?? ModelFileName} (run train-authors)");
            return rules;
        }
        MlAuthorClassifier model = new(path);
        return kind == "ml" ? model : new CombinedAuthorClassifier(rules, model);
    }

    /// <summary>models/author-role-v1.zip next to the executable, else under the current directory.</summary>
    public static string? FindModel()
    {
        foreach (string folder in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            string candidate = Path.Combine(folder, "models", ModelFileName);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
