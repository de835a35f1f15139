using System.Globalization;
using System.Text;

namespace SentimentMonitor.Core.Text;

/// <summary>
/// Terminal column widths of text (East Asian wide and emoji = 2, combining and format characters = 0), and
/// truncation by width, so tables stay aligned whatever people post.
/// </summary>
public static class TextWidth
{
    /// <summary>Columns a terminal uses for <paramref name="text"/> (sanitized text assumed).</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
            width += Of(rune);
        return width;
    }

    /// <summary>Columns of one code point: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        int v = rune.Value;
        if (v < 0x20 || v is >= 0x7f and < 0xa0)
            return 0;
        if (v < 0x300)
            return 1;
        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            return 0;
        if (v is >= 0xfe00 and <= 0xfe0f or >= 0x1f3fb and <= 0x1f3ff or >= 0xe0100 and <= 0xe01ef)
            return 0;
        return IsWide(v) ? 2 : 1;
    }

    /// <summary>
    /// Removes the parts of emoji sequences on which terminals and libraries disagree about width: variation
    /// selectors, zero-width joiners, skin-tone modifiers and tag characters; regional-indicator flags become their
    /// two letters ("🇺🇸" → "US"). What remains are single code points of a well-known width.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder sb = new(text.Length);
        foreach (Rune rune in text.EnumerateRunes())
        {
            int v = rune.Value;
            if (v is 0x200d or >= 0xfe00 and <= 0xfe0f or >= 0x1f3fb and <= 0x1f3ff or >= 0xe0000 and <= 0xe007f or >= 0xe0100 and <= 0xe01ef)
                continue;
            if (v is >= 0x1f1e6 and <= 0x1f1ff)
            {
                sb.Append((char)('A' + (v - 0x1f1e6)));
                continue;
            }
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="maxWidth"/> columns, ending with '…' when cut;
    /// never splits a surrogate pair or leaves half of a wide character.
    /// </summary>
    public static string Truncate(string text, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxWidth <= 0)
            return string.Empty;
        if (Of(text) <= maxWidth)
            return text;
        StringBuilder sb = new();
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            int w = Of(rune);
            if (width + w > maxWidth - 1)
                break;
            sb.Append(rune.ToString());
            width += w;
        }
        return sb.Append('…').ToString();
    }

    /// <summary>Pads with spaces (or truncates) to exactly <paramref name="width"/> columns.</summary>
    public static string Fit(string text, int width)
    {
        string cut = Truncate(text, width);
        return cut + new string(' ', Math.Max(0, width - Of(cut)));
    }

    // East Asian Wide/Fullwidth blocks and emoji presentation ranges (Unicode 15), coarse but conservative.
    private static bool IsWide(int v) =>
        v is >= 0x1100 and <= 0x115f
        or 0x231a or 0x231b or 0x23e9 or 0x23ea or 0x23eb or 0x23ec or 0x23f0 or 0x23f3 or 0x25fd or 0x25fe
        or 0x2614 or 0x2615 or >= 0x2648 and <= 0x2653 or 0x267f or 0x2693 or 0x26a1 or 0x26aa or 0x26ab
        or 0x26bd or 0x26be or 0x26c4 or 0x26c5 or 0x26ce or 0x26d4 or 0x26ea or 0x26f2 or 0x26f3 or 0x26f5
        or 0x26fa or 0x26fd or 0x2705 or 0x270a or 0x270b or 0x2728 or 0x274c or 0x274e or >= 0x2753 and <= 0x2755
        or 0x2757 or >= 0x2795 and <= 0x2797 or 0x27b0 or 0x27bf or 0x2b1b or 0x2b1c or 0x2b50 or 0x2b55
        or >= 0x2e80 and <= 0x303e or >= 0x3041 and <= 0x33ff or >= 0x3400 and <= 0x4dbf or >= 0x4e00 and <= 0x9fff
        or >= 0xa000 and <= 0xa4cf or >= 0xa960 and <= 0xa97f or >= 0xac00 and <= 0xd7a3 or >= 0xf900 and <= 0xfaff
        or >= 0xfe10 and <= 0xfe19 or >= 0xfe30 and <= 0xfe6f or >= 0xff00 and <= 0xff60 or >= 0xffe0 and <= 0xffe6
        or >= 0x16fe0 and <= 0x18aff or >= 0x1b000 and <= 0x1b2ff
        or 0x1f004 or 0x1f0cf or 0x1f18e or >= 0x1f191 and <= 0x1f19a or >= 0x1f200 and <= 0x1f251
        or >= 0x1f300 and <= 0x1f320 or >= 0x1f32d and <= 0x1f335 or >= 0x1f337 and <= 0x1f37c
        or >= 0x1f37e and <= 0x1f393 or >= 0x1f3a0 and <= 0x1f3ca or >= 0x1f3cf and <= 0x1f3d3
        or >= 0x1f3e0 and <= 0x1f3f0 or 0x1f3f4 or >= 0x1f3f8 and <= 0x1f43e or 0x1f440 or >= 0x1f442 and <= 0x1f4fc
        or >= 0x1f4ff and <= 0x1f53d or >= 0x1f54b and <= 0x1f54e or >= 0x1f550 and <= 0x1f567 or 0x1f57a
        or 0x1f595 or 0x1f596 or 0x1f5a4 or >= 0x1f5fb and <= 0x1f64f or >= 0x1f680 and <= 0x1f6c5 or 0x1f6cc
        or >= 0x1f6d0 and <= 0x1f6d2 or >= 0x1f6d5 and <= 0x1f6d7 or >= 0x1f6dc and <= 0x1f6df or 0x1f6eb or 0x1f6ec
        or >= 0x1f6f4 and <= 0x1f6fc or >= 0x1f7e0 and <= 0x1f7eb or 0x1f7f0 or >= 0x1f90c and <= 0x1f93a
        or >= 0x1f93c and <= 0x1f945 or >= 0x1f947 and <= 0x1f9ff or >= 0x1fa70 and <= 0x1faff
        or >= 0x20000 and <= 0x2fffd or >= 0x30000 and <= 0x3fffd;
}
