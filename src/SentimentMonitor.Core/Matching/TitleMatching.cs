namespace SentimentMonitor.Core.Matching;

/// <summary>Tells callers (such as <c>track</c>) whether a title is distinctive enough to match posts on its own.</summary>
public static class TitleMatching
{
    /// <summary>False for titles so short or generic that the matcher ignores them (they stay the display name).</summary>
    public static bool CanMatch(string? title) => TitlePhrases.For(title).Count > 0;
}
