using System.Text;
using System.Text.Json;

namespace SentimentMonitor.Cli.Tests;

public sealed class ImportInputFileTests : IDisposable
{
    private const string Header = "platform,id,created_at,author_handle,author_name,author_bio,text,url,links";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_cli.Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    [Fact]
    public async Task Import_Latin1Csv_ExitsFourNamingFileLineAndByteAndStoresNothing()
    {
        string good = Write("good.csv", Utf8($"{Header}\nx,1,2023-05-01T10:00:00Z,doc_a,A,,first,,\n"));
        await _cli.RunJson("import", good, "--format", "csv", "--json");
        byte[] latin1 = Encoding.Latin1.GetBytes($"{Header}\nx,2,2023-05-01T10:00:00Z,doc_b,B,,plain,,\nx,3,2023-05-01T11:00:00Z,doc_c,C,,café,,\n");
        string bad = Write("latin1.csv", latin1);

        (int code, _, string error) = await _cli.Run("import", bad, "--format", "csv");
        JsonElement stats = await _cli.RunJson("stats", "--json");

        Assert.Equal(4, code);
        Assert.Contains("latin1.csv: line 3: byte 0xE9 is not UTF-8; nothing was imported", error);
        Assert.Equal(1, stats.GetProperty("unmatched").GetInt64());
    }

    [Fact]
    public async Task Import_Utf16File_SaysItIsUtf16()
    {
        string path = Write("excel.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\n")).ToArray());

        (int code, _, string error) = await _cli.Run("import", path, "--format", "csv");

        Assert.Equal(4, code);
        Assert.Contains("excel.csv: line 1: the file is UTF-16, not UTF-8", error);
    }

    [Fact]
    public async Task Import_Utf8CharacterAcrossTheCheckersReadBoundary_ImportsNormally()
    {
        // The check reads 1 MiB at a time; pad so that a 3-byte '€' straddles the first boundary.
        StringBuilder csv = new($"{Header}\nx,1,2023-05-01T10:00:00Z,doc_a,A,,\"");
        while ((1 << 20) - Encoding.UTF8.GetByteCount(csv.ToString()) is var left && left % 3 != 1)
            csv.Append('a');
        csv.Append('€', 400_000).Append("\",,\n");
        string path = Write("euros.csv", Utf8(csv.ToString()));

        JsonElement result = await _cli.RunJson("import", path, "--format", "csv", "--json");

        Assert.Equal(1, result.GetProperty("new").GetInt64());
    }

    [Fact]
    public async Task Import_Folder_ExitsThreeSayingItIsAFolder()
    {
        (int code, _, string error) = await _cli.Run("import", _cli.Folder, "--format", "x");

        Assert.Equal(3, code);
        Assert.Contains($"{_cli.Folder} is a folder", error);
    }
}
