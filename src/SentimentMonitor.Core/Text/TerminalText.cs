using System.Text;

namespace SentimentMonitor.Core.Text;

/// <summary>
/// Makes untrusted text (posts, bios, handles) safe to draw in a terminal: removes escape sequences (CSI, OSC
/// including OSC 8 hyperlinks and OSC 52 clipboard writes, DCS/SOS/PM/APC strings), C0 and C1 controls, and bidi
/// overrides/isolates that could reorder what the user sees. Printable text, wide characters and emoji are kept.
/// </summary>
public static class TerminalText
{
    private const char Esc = '\u001b';

    /// <summary>
    /// Strips control sequences and invisible reordering characters. Tabs become spaces; line breaks are kept as
    /// '\n' when <paramref name="keepNewlines"/> is true, else become spaces. Lone surrogates become U+FFFD.
    /// </summary>
    public static string Sanitize(string? text, bool keepNewlines = false)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        StringBuilder sb = new(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == Esc)
            {
                i = SkipEscape(text, i + 1);
                continue;
            }
            if (c is >= '\u0080' and <= '\u009f')
            {
                i = SkipC1(text, i);
                continue;
            }
            if (c == '\r')
            {
                // \r\n is one break; a lone \r (used to overwrite a line) too.
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                c = '\n';
            }
            if (c == '\n')
                sb.Append(keepNewlines ? '\n' : ' ');
            else if (c == '\t')
                sb.Append(' ');
            else if (c < ' ' || c == '\u007f' || IsInvisibleFormat(c))
            {
                // dropped
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
                sb.Append('\ufffd');
            else
                sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>
    /// One table cell: sanitized, whitespace collapsed to single spaces, emoji reduced to forms every terminal
    /// draws two columns wide (see <see cref="TextWidth.Normalize"/>), and cut to <paramref name="maxWidth"/>
    /// columns with '…'.
    /// </summary>
    public static string ForCell(string? text, int maxWidth)
    {
        string clean = Sanitize(text);
        StringBuilder sb = new(clean.Length);
        bool space = false;
        foreach (char c in clean)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return TextWidth.Truncate(TextWidth.Normalize(sb.ToString()), maxWidth);
    }

    /// <summary>Bidi embeddings/overrides/isolates and marks, zero-width spaces and BOM.</summary>
    private static bool IsInvisibleFormat(char c) =>
        c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200e' or '\u200f' or '\u061c' or '\u200b' or '\ufeff' or '\u2028' or '\u2029';

    /// <summary>Skips what follows an ESC; returns the index after the sequence.</summary>
    private static int SkipEscape(string text, int i)
    {
        if (i >= text.Length)
            return i;
        char kind = text[i];
        switch (kind)
        {
            case '[':
                return SkipCsi(text, i + 1);
            case ']' or 'P' or 'X' or '^' or '_':
                return SkipString(text, i + 1);
            default:
                // nF sequences: intermediates 0x20–0x2F then one final byte; Fp/Fe/Fs: one byte.
                while (i < text.Length && text[i] is >= ' ' and <= '/')
                    i++;
                return i < text.Length ? i + 1 : i;
        }
    }

    /// <summary>8-bit C1 forms: CSI (0x9B) and string introducers (OSC 0x9D, DCS 0x90, SOS 0x98, PM 0x9E, APC 0x9F).</summary>
    private static int SkipC1(string text, int i) => text[i] switch
    {
        '\u009b' => SkipCsi(text, i + 1),
        '\u009d' or '\u0090' or '\u0098' or '\u009e' or '\u009f' => SkipString(text, i + 1),
        _ => i + 1,
    };

    /// <summary>CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.</summary>
    private static int SkipCsi(string text, int i)
    {
        while (i < text.Length && text[i] is >= ' ' and <= '?')
            i++;
        // A malformed CSI ends at the first byte outside the grammar; drop that byte only if it is a final byte.
        return i < text.Length && text[i] is >= '@' and <= '~' ? i + 1 : i;
    }

    /// <summary>String sequences end at BEL, ESC \ or ST (0x9C); an unterminated one runs to the end of the text.</summary>
    private static int SkipString(string text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '\u0007' or '\u009c')
                return i + 1;
            if (c == Esc)
                return i + 1 < text.Length && text[i + 1] == '\\' ? i + 2 : i + 1;
            i++;
        }
        return i;
    }
}
