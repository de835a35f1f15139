using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// A pre-screen for one case-sensitive pattern: literal strings of which every match of the pattern contains at
/// least one (e.g. "olog" for every "-ologist" alternative). Most profiles contain none of a pattern's triggers, and
/// one vectorised search for them costs a fraction of running the regex, so the regex runs only when one occurs.
/// Each list is read off its pattern alternative by alternative (tests/Golden/check_triggers.py samples every
/// alternative and checks it contains a trigger); the golden-output tests check the verdicts are unchanged.
/// Literals that start with a space or are very short make the search slow (they occur everywhere): avoid them.
/// </summary>
internal sealed class PatternTrigger(Regex pattern, params string[] literals)
{
    // The vectorised multi-string search is fast for ASCII literals only; the odd emoji literal is checked on its own.
    private readonly SearchValues<string> _ascii = SearchValues.Create(literals.Where(l => Ascii.IsValid(l)).ToArray(), StringComparison.Ordinal);
    private readonly string[] _other = literals.Where(l => !Ascii.IsValid(l)).ToArray();

    public Regex Pattern { get; } = pattern;

    /// <summary>True when some trigger occurs (the pattern may match); false proves it cannot.</summary>
    public bool MayMatch(string text)
    {
        if (text.AsSpan().IndexOfAny(_ascii) >= 0)
            return true;
        foreach (string literal in _other)
        {
            if (text.Contains(literal, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public Match Match(string text) => MayMatch(text) ? Pattern.Match(text) : System.Text.RegularExpressions.Match.Empty;

    public bool IsMatch(string text) => MayMatch(text) && Pattern.IsMatch(text);
}
