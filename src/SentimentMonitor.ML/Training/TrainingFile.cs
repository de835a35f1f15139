namespace SentimentMonitor.ML.Training;

/// <summary>A training file and the weight of its examples (e.g. 3 to upweight a small in-domain corpus).</summary>
public sealed record TrainingFile(string Path, float Weight = 1f)
{
    /// <summary>Parses "FILE" or "FILE@WEIGHT".</summary>
    public static TrainingFile Parse(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        int at = spec.LastIndexOf('@');
        if (at > 0 && float.TryParse(spec.AsSpan(at + 1), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float w))
        {
            if (w <= 0)
                throw new FormatException($"weight must be positive in '{spec}'");
            return new TrainingFile(spec[..at], w);
        }
        return new TrainingFile(spec);
    }
}
