using System.Text.RegularExpressions;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Prepares profile text for matching: lower case, accents folded (so "médico" and "medico" match one pattern),
/// hashtags and links removed (#MedTwitter is used by everyone and decides nothing).
/// </summary>
public static partial class AuthorText
{
    /// <summary>Lower-cases and folds accents one character for one, so positions match the original text.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (int i = 0; i < source.Length; i++)
                folded[i] = FoldChar(char.ToLowerInvariant(source[i]));
        });
    }

    private static char FoldChar(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ß' => 's', // one char keeps positions aligned with the original
        '’' or '‘' => '\'',
        '\t' or '\r' or '\n' => ' ',
        _ => c,
    };

    /// <summary>Blanks hashtags and links (same length, so positions still match the original).</summary>
    public static string WithoutTagsAndLinks(string text) =>
        // Every match starts with '#' or contains "http"; most profiles have neither, so the regex is not run.
        text.Contains('#') || text.Contains("http", StringComparison.Ordinal) ? TagsAndLinks().Replace(text, m => new string(' ', m.Length)) : text;

    /// <summary>The original text with every position that is blank in <paramref name="masked"/> blanked too.</summary>
    public static string MaskLike(string original, string masked)
    {
        if (original.Length != masked.Length)
            return original;
        char[] chars = original.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (masked[i] == ' ')
                chars[i] = ' ';
        }
        return new string(chars);
    }

    /// <summary>Replaces terminal escape sequences and control characters with a space (profile text is untrusted).</summary>
    public static string StripControl(string? text) =>
        string.IsNullOrEmpty(text) ? ""
        // Every match contains a C0 control (ESC included) or a C1 control; without one the regex is not run.
        : text.AsSpan().IndexOfAnyInRange('\x00', '\x1F') < 0 && text.AsSpan().IndexOfAnyInRange('\x7F', '\x9F') < 0 ? text
        : ControlSequences().Replace(text, " ");

    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)?|\x1B.?|[\x00-\x08\x0B-\x1F\x7F\x80-\x9F]", RegexOptions.CultureInvariant)]
    private static partial Regex ControlSequences();

    [GeneratedRegex(@"#[\w-]+|https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex TagsAndLinks();
}
