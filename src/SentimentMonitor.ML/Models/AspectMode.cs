namespace SentimentMonitor.ML.Models;

/// <summary>How aspect decisions combine the ML heads with the clinical vocabulary rules (chosen per model on validation).</summary>
public enum AspectMode
{
    Rules,
    Ml,
    /// <summary>An aspect is on when the rules or the head say so.</summary>
    Union,
}
