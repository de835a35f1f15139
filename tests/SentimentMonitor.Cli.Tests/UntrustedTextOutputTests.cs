using System.Text;

namespace SentimentMonitor.Cli.Tests;

/// <summary>Read verbs print post text, handles and bios; none of it may reach the terminal as a control sequence.</summary>
public sealed class UntrustedTextOutputTests : IDisposable
{
    private const char Esc = '\u001b';
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task SeedHostilePost()
    {
        string csv = Path.Combine(_cli.Folder, "hostile.csv");
        string handle = $"evil{Esc}[31mred";
        string name = $"{Esc}]0;PWNED TITLE\u0007Evil Name";
        string bio = $"Pediatric oncologist {Esc}]52;c;ZWNobyBoYWNrZWQ=\u0007 views mine";
        string text = $"Clear {Esc}[2J{Esc}[H screen {Esc}]8;;http://evil.example\u0007click{Esc}]8;;\u0007 \u202eevil\u202c \u009b31m done";
        string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
        await File.WriteAllTextAsync(csv,
            "platform,id,created_at,author_handle,author_name,author_bio,text,url,links\n"
            + $"x,100,2023-04-27T12:00:00Z,{Quote(handle)},{Quote(name)},{Quote(bio)},{Quote(text)},,https://doi.org/10.1056/NEJMoa2214171\n",
            new UTF8Encoding(false));
        await _cli.RunJson("track", "--doi", "10.1056/NEJMoa2214171", "--title", $"Hostile {Esc}[5mtitle", "--json");
        (int code, _, string error) = await _cli.Run("import", csv, "--format", "csv");
        Assert.True(code == 0, error);
    }

    [Theory]
    [InlineData("posts")]
    [InlineData("author", "show", "evil\u001b[31mred")]
    [InlineData("author", "set", "public", "evil\u001b[31mred")]
    [InlineData("publications")]
    [InlineData("stats")]
    public async Task ReadVerb_HostilePost_PrintsNoControlSequenceOrItsLeftovers(params string[] args)
    {
        await SeedHostilePost();

        (int code, string output, string error) = await _cli.Run(args);

        Assert.True(code == 0, error);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.DoesNotContain("\u202e", output);
        Assert.DoesNotContain("[31m", output); // not just the ESC: the whole sequence is gone
        Assert.DoesNotContain("]52;", output);
        Assert.DoesNotContain("[2J", output);
        Assert.DoesNotContain("[5m", output);
    }

    [Fact]
    public async Task Posts_HostilePost_KeepsTheReadableWords()
    {
        await SeedHostilePost();

        (_, string output, _) = await _cli.Run("posts");

        Assert.Contains("@evilred", output);
        Assert.Contains("Clear screen click evil done", output);
    }
}
