namespace SentimentMonitor.ML.Text;

/// <summary>
/// How a post is turned into model input. Stored in the model zip's manifest so prediction repeats exactly
/// what training did.
/// </summary>
public sealed record PreprocessingOptions
{
    /// <summary>Social-text normalisation (URL/mention tokens, hashtag splitting, punctuation split, elongation squeeze).</summary>
    public bool Normalize { get; init; } = true;

    /// <summary>Suffix "_neg" on words in a negation scope (up to <see cref="NegationScope"/> words or clause punctuation).</summary>
    public bool MarkNegation { get; init; } = true;

    public int NegationScope { get; init; } = 4;

    /// <summary>Seven VADER lexicon features appended to the text features.</summary>
    public bool Lexicon { get; init; } = true;

    /// <summary>Remove runs of the cited publication's title words before scoring.</summary>
    public bool StripTitle { get; init; } = true;

    /// <summary>Seven 0/1 features: does the clinical vocabulary of each aspect occur (used by aspect heads).</summary>
    public bool AspectRules { get; init; }

    public string Describe() =>
        $"normalize={Normalize}, negation={(MarkNegation ? $"scope {NegationScope}" : "off")}, lexicon={Lexicon}, strip_title={StripTitle}"
        + (AspectRules ? ", aspect vocabulary features" : "");
}
