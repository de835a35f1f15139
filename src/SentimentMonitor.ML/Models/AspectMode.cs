namespace SentimentMonitor.ML.Models;

/// <summary>How aspect decisions combine the ML heads with the clinical vocabulary rules (chosen per model on validation).</summary>
public enum AspectMode
{
    Rules,
    Ml,
    /// <summary>An aspect is on when the rules or the head say so.</summary>
    Union,
    /// <summary>Each head decides with its own threshold; the rule is added only for heads marked <c>or_rule</c>.</summary>
    PerHead,
}
