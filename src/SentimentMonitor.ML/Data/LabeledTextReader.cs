using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.ML.Data;

/// <summary>
/// Reads <c>label TAB text</c> files and checks every label against the task: sentiment takes
/// negative/neutral/positive, evaluating takes true/false, aspects takes a comma-separated list of aspect slugs
/// (empty = none). Blank lines are skipped; anything else that does not fit is an error naming the line.
/// </summary>
public static class LabeledTextReader
{
    public static readonly IReadOnlyList<string> SentimentLabels = ["negative", "neutral", "positive"];
    public static readonly IReadOnlyList<string> EvaluatingLabels = ["false", "true"];

    /// <summary>The class labels of a single-label task, in model order.</summary>
    public static IReadOnlyList<string> LabelsOf(ModelTask task) => task switch
    {
        ModelTask.Sentiment => SentimentLabels,
        ModelTask.Evaluating => EvaluatingLabels,
        _ => throw new ArgumentException("aspects is multi-label; use DomainSlugs.All<Aspect>()", nameof(task)),
    };

    public static IReadOnlyList<LabeledText> Read(string path, ModelTask task)
    {
        if (!System.IO.File.Exists(path))
            throw new FileNotFoundException($"data file not found: {path}", path);
        List<LabeledText> rows = [];
        long lineNumber = 0;
        foreach (string line in System.IO.File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            int tab = line.IndexOf('\t');
            if (tab < 0)
                throw new LabeledDataException(path, lineNumber, "expected 'label<TAB>text' but found no tab");
            string label = line[..tab].Trim();
            string text = line[(tab + 1)..].Trim();
            if (lineNumber == 1 && label.Equals("label", StringComparison.OrdinalIgnoreCase))
                continue; // header row
            if (text.Length == 0)
                throw new LabeledDataException(path, lineNumber, "the text field is empty");
            rows.Add(new LabeledText(CheckLabel(label, task, path, lineNumber), text, path, lineNumber));
        }
        if (rows.Count == 0)
            throw new LabeledDataException(path, 0, "no labelled lines");
        return rows;
    }

    private static string CheckLabel(string label, ModelTask task, string path, long line)
    {
        if (task == ModelTask.Aspects)
            return string.Join(',', ParseAspects(label, path, line).Order().Select(DomainSlugs.Slug));
        string lower = label.ToLowerInvariant();
        IReadOnlyList<string> allowed = LabelsOf(task);
        if (!allowed.Contains(lower))
            throw new LabeledDataException(path, line, $"unknown {task.ToString().ToLowerInvariant()} label '{label}'; expected one of: {string.Join(", ", allowed)}");
        return lower;
    }

    /// <summary>Parses "efficacy,study_design" (empty = none); duplicates are ignored.</summary>
    public static IReadOnlyList<Aspect> ParseAspects(string field, string path, long line)
    {
        List<Aspect> aspects = [];
        foreach (string part in field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part is "none" or "-")
                continue;
            if (!DomainSlugs.TryParse(part, out Aspect aspect))
                throw new LabeledDataException(path, line, $"unknown aspect '{part}'; expected some of: {string.Join(", ", DomainSlugs.All<Aspect>())}");
            if (!aspects.Contains(aspect))
                aspects.Add(aspect);
        }
        return aspects;
    }
}
