using System.Text;
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
        StringBuilder sb = new(text.Length);
        foreach (char raw in text)
        {
            char c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'á' or 'à' or 'â' or 'ä' or 'ã' or 'å': sb.Append('a'); break;
                case 'é' or 'è' or 'ê' or 'ë': sb.Append('e'); break;
                case 'í' or 'ì' or 'î' or 'ï': sb.Append('i'); break;
                case 'ó' or 'ò' or 'ô' or 'ö' or 'õ': sb.Append('o'); break;
                case 'ú' or 'ù' or 'û' or 'ü': sb.Append('u'); break;
                case 'ç': sb.Append('c'); break;
                case 'ñ': sb.Append('n'); break;
                case 'ß': sb.Append('s'); break; // one char keeps positions aligned with the original
                case '’' or '‘': sb.Append('\''); break;
                case '\t' or '\r' or '\n': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Blanks hashtags and links (same length, so positions still match the original).</summary>
    public static string WithoutTagsAndLinks(string text) => TagsAndLinks().Replace(text, m => new string(' ', m.Length));

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
        string.IsNullOrEmpty(text) ? "" : ControlSequences().Replace(text, " ");

    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)?|\x1B.?|[\x00-\x08\x0B-\x1F\x7F\x80-\x9F]", RegexOptions.CultureInvariant)]
    private static partial Regex ControlSequences();

    [GeneratedRegex(@"#[\w-]+|https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex TagsAndLinks();
}
