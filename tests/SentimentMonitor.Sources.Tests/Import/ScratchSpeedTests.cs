using System.Diagnostics;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Sources.Import;
using Xunit.Abstractions;

namespace SentimentMonitor.Sources.Tests.Import;

public sealed class ScratchSpeedTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(ImportFormat.X, "x-v2/twarc2/flattened_obama.jsonl")]
    [InlineData(ImportFormat.X, "x-v2/twarc2/search-recent_two-queries_kpop_brexit.jsonl")]
    [InlineData(ImportFormat.Bluesky, "bluesky/responses/searchPosts_q-redistricting_2025.json")]
    [InlineData(ImportFormat.Mastodon, "mastodon/responses/public-timeline.json")]
    public void Speed(ImportFormat format, string file)
    {
        byte[] one = File.ReadAllBytes(ParseHelper.FixturePath(file));
        bool lines = file.EndsWith(".jsonl");
        MemoryStream big = new();
        int copies = lines ? 100 : 1;
        for (int i = 0; i < copies; i++) big.Write(one);
        byte[] data = big.ToArray();
        for (int run = 0; run < 5; run++)
        {
            int posts = 0;
            Stopwatch sw = Stopwatch.StartNew();
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            int reps = lines ? 1 : 200;
            for (int r = 0; r < reps; r++)
                foreach (var o in RecordParsers.For(format).Parse(new MemoryStream(data), file))
                    if (o.Record is not null) posts++;
            sw.Stop();
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            output.WriteLine($"{file}: {posts} posts wall {sw.ElapsedMilliseconds} ms cpu {cpu * 1000:F0} ms = {posts / cpu:F0} posts/cpu-s, {data.Length * (double)reps / cpu / 1e6:F0} MB/cpu-s");
        }
    }
}
