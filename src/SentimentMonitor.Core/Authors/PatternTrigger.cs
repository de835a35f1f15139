using System.Buffers;
using System.Text.RegularExpressions;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// A pre-screen for one case-sensitive pattern: literal strings of which every match of the pattern contains at
/// least one (e.g. "olog" for every "-ologist" alternative). Most profiles contain none of a pattern's triggers, and
/// one vectorised search for them costs a fraction of running the regex, so the regex runs only when one occurs.
/// Each list is read off its pattern alternative by alternative; the golden-output tests check the results are unchanged.
/// </summary>
internal sealed class PatternTrigger(Regex pattern, params string[] literals)
{
    private readonly SearchValues<string> _literals = SearchValues.Create(literals, StringComparison.Ordinal);

    public Regex Pattern { get; } = pattern;

    /// <summary>True when some trigger occurs (the pattern may match); false proves it cannot.</summary>
    public bool MayMatch(string text) => text.AsSpan().IndexOfAny(_literals) >= 0;

    public Match Match(string text) => MayMatch(text) ? Pattern.Match(text) : System.Text.RegularExpressions.Match.Empty;

    public bool IsMatch(string text) => MayMatch(text) && Pattern.IsMatch(text);
}
