using System.Diagnostics;
using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Import;
using SentimentMonitor.Sources.Import.Json;
using Xunit.Abstractions;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class ScratchPartsTests(ITestOutputHelper output)
{
    [Fact]
    public void Parts()
    {
        string[] lines = File.ReadAllLines(ParseHelper.FixturePath("x-v2/twarc2/search-recent_two-queries_kpop_brexit.jsonl"));
        byte[][] bytes = lines.Select(l => System.Text.Encoding.UTF8.GetBytes(l)).ToArray();
        for (int run = 0; run < 4; run++)
        {
            Measure("parse only", () => { int n = 0; for (int r = 0; r < 50; r++) foreach (var b in bytes) { using var d = JsonDocument.Parse(b); n += d.RootElement.GetProperty("data").GetArrayLength(); } return n; });
            Measure("parse+compact", () => { int n = 0; for (int r = 0; r < 50; r++) foreach (var b in bytes) { using var d = JsonDocument.Parse(b); foreach (var t in d.RootElement.GetProperty("data").EnumerateArray()) { n++; CompactJson.Write(t); } } return n; });
            Measure("parse+getrawtext", () => { int n = 0; for (int r = 0; r < 50; r++) foreach (var b in bytes) { using var d = JsonDocument.Parse(b); foreach (var t in d.RootElement.GetProperty("data").EnumerateArray()) { n++; t.GetRawText(); } } return n; });
            Measure("parse+map", () => { int n = 0; for (int r = 0; r < 50; r++) foreach (var b in bytes) { using var d = JsonDocument.Parse(b); n += SentimentMonitor.Sources.Import.X.XPageMapper.Map(d.RootElement, "f").Count; } return n; });
        }
    }

    private void Measure(string name, Func<int> work)
    {
        TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        int n = work();
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        output.WriteLine($"{name}: {n} in {cpu * 1000:F0} cpu-ms = {n / cpu:F0}/cpu-s");
    }
}
