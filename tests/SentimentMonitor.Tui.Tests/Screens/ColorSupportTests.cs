using System.Text.RegularExpressions;
using SentimentMonitor.Tui.Screens;
using SentimentMonitor.Tui.Tests.Fixtures;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace SentimentMonitor.Tui.Tests.Screens;

public sealed class ColorSupportTests : IDisposable
{
    private readonly FixtureDatabase _db = new();

    [Theory]
    [InlineData(ColorCapabilityLevel.TrueColor, "xterm-16color", null, true)] // inside tmux Terminal.Gui guesses TrueColor; TERM says otherwise
    [InlineData(ColorCapabilityLevel.TrueColor, "linux", null, true)]
    [InlineData(ColorCapabilityLevel.TrueColor, "vt100", null, true)]
    [InlineData(ColorCapabilityLevel.Colors16, "xterm", null, true)]
    [InlineData(ColorCapabilityLevel.NoColor, "xterm", null, true)]
    [InlineData(ColorCapabilityLevel.TrueColor, "xterm-256color", null, false)]
    [InlineData(ColorCapabilityLevel.Colors256, "tmux-256color", null, false)]
    [InlineData(ColorCapabilityLevel.TrueColor, "xterm-256color", "16", true)]
    [InlineData(ColorCapabilityLevel.Colors16, "xterm-16color", "truecolor", false)]
    public void Wants16Colors_TermDetectionAndOverride_Decide(ColorCapabilityLevel detected, string term, string? setting, bool expected)
    {
        Assert.Equal(expected, ColorSupport.Wants16Colors(detected, term, setting));
    }

    [Fact]
    public void PublicationScreen_With16Colors_WritesOnlyTheSixteenAnsiColourCodes()
    {
        using Harness ui = new(_db.Ports, 120, 40);
        ui.App.Driver!.Force16Colors = true;
        ui.Press(Key.Enter);
        _ = ui.Screen;

        string ansi = ui.App.Driver.ToAnsi();
        string[] codes = Regex.Matches(ansi, @"\x1b\[([0-9;]*)m").Select(m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(codes);
        Assert.DoesNotContain(codes, c => c.Contains("38;2;") || c.Contains("48;2;") || c.Contains("38;5;") || c.Contains("48;5;"));
        Assert.Contains(codes, c => c.Split(';').Contains("32")); // positive bars keep their green
        Assert.Contains(codes, c => c.Split(';').Contains("46")); // the status line keeps its cyan background
    }

    public void Dispose() => _db.Dispose();
}
