using SentimentMonitor.Core.Text;

namespace SentimentMonitor.Core.Tests.Text;

public class TerminalTextTests
{
    [Theory]
    [InlineData("red \u001b[31mALERT\u001b[0m done", "red ALERT done")]
    [InlineData("\u001b[2J\u001b[Hcleared", "cleared")]
    [InlineData("link \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\ here", "link click here")]
    [InlineData("clip \u001b]52;c;ZXZpbA==\u0007ok", "clip ok")]
    [InlineData("title \u001b]0;pwned\u009cok", "title ok")]
    [InlineData("c1 \u009b31mcsi\u009dosc\u0007 end", "c1 csi end")]
    [InlineData("dcs \u001bPq#0;2;0;0;0\u001b\\ end", "dcs  end")]
    [InlineData("charset \u001b(Bx", "charset x")]
    [InlineData("bell\u0007 back\bspace nul\0", "bell backspace nul")]
    [InlineData("unterminated \u001b]52;c;AAAA", "unterminated ")]
    [InlineData("trailing esc \u001b", "trailing esc ")]
    public void Sanitize_EscapeSequences_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, TerminalText.Sanitize(input));

    [Fact]
    public void Sanitize_BidiOverridesAndIsolates_AreRemoved() =>
        Assert.Equal("admin txt.exe", TerminalText.Sanitize("admin \u202etxt.exe\u202c\u2066\u2067\u2068\u2069\u200f"));

    [Fact]
    public void Sanitize_Newlines_KeptOnlyWhenAsked()
    {
        Assert.Equal("a\nb\nc d", TerminalText.Sanitize("a\r\nb\rc\td", keepNewlines: true));
        Assert.Equal("a b", TerminalText.Sanitize("a\nb"));
    }

    [Fact]
    public void Sanitize_PrintableUnicode_IsKept() =>
        Assert.Equal("Blinatumomab 👶 ビリナツモマブ e\u0301", TerminalText.Sanitize("Blinatumomab 👶 ビリナツモマブ e\u0301"));

    [Fact]
    public void Sanitize_LoneSurrogate_BecomesReplacement() =>
        Assert.Equal("a\ufffdb", TerminalText.Sanitize("a\ud800b"));

    [Fact]
    public void ForCell_CollapsesWhitespaceAndTruncatesByWidth()
    {
        Assert.Equal("great trial", TerminalText.ForCell("  great\n\n  trial ", 20));
        Assert.Equal("漢字漢…", TerminalText.ForCell("漢字漢字漢字", 7));
        Assert.Equal(7, TextWidth.Of(TerminalText.ForCell("漢字漢字漢字", 7)));
    }

    [Fact]
    public void ForCell_EmojiSequences_NormalisedToFixedWidths()
    {
        string cell = TerminalText.ForCell("👩🏽‍⚕️ ❤️ 🇺🇸", 20); // woman health worker (ZWJ, skin tone, VS16), heart, flag

        Assert.Equal("👩⚕ ❤ US", cell);
        Assert.Equal(2 + 1 + 1 + 1 + 1 + 2, TextWidth.Of(cell)); // 👩 ⚕ ␠ ❤ ␠ US
    }
}
