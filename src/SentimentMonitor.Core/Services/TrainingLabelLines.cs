using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Services;

/// <summary>
/// Turns human-corrected posts into lines of the training formats <c>train</c> and <c>evaluate</c> read:
/// sentiment <c>label TAB text</c>, aspects <c>a,b TAB text</c> (empty first field = none). Text is put on one
/// line (tabs and newlines become spaces) because the formats are line- and tab-separated.
/// </summary>
public static class TrainingLabelLines
{
    /// <summary>The sentiment line of a post with a human sentiment label; null when it has none.</summary>
    public static string? Sentiment(Post post) =>
        post.HumanSentiment is { } label ? $"{DomainSlugs.Slug(label)}\t{OneLine(post.Text)}" : null;

    /// <summary>The aspects line of a post with human aspects; null when it has none.</summary>
    public static string? Aspects(Post post) =>
        post.HumanAspects is { } aspects
            ? $"{string.Join(',', aspects.Select(DomainSlugs.Slug).Order(StringComparer.Ordinal))}\t{OneLine(post.Text)}"
            : null;

    private static string OneLine(string text)
    {
        char[] chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\t' or '\n' or '\r')
                chars[i] = ' ';
        }
        return new string(chars).Trim();
    }
}
