using System.Diagnostics;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;
using Xunit.Abstractions;

namespace SentimentMonitor.Cli.Tests;

/// <summary>
/// SIGKILLs a real <c>sentimentmonitor import</c> child process at several points, then checks the database opens,
/// holds whole batches only (posts = index entries = aggregate totals), and that re-running the same import ends
/// exactly where an uninterrupted run does.
/// </summary>
public sealed class ImportKillTests(ITestOutputHelper log) : IDisposable
{
    private const string Pub = "10.1056/nejmoa2214171";
    private const int Posts = 6000;
    private const int Batch = 500;
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_KilledAtSeveralPoints_ReopensConsistentAndRerunCompletesExactly()
    {
        string file = _cli.Generated(Posts);
        string baselineDb = Path.Combine(_cli.Folder, "baseline", "monitor.db");
        await Track(baselineDb);
        Assert.Equal(0, await ImportToEnd(baselineDb));
        Snapshot expected = Snapshot.Of(baselineDb);
        Assert.Equal(Posts, expected.Posts);
        long fullSize = FolderBytes(baselineDb);

        int killedMidImport = 0;
        // A kill before anything is written, then kills when the files reach 10%, 40% and 75% of a full import.
        foreach (double fraction in new[] { 0.0, 0.10, 0.40, 0.75 })
        {
            string db = Path.Combine(_cli.Folder, $"kill-{fraction:0.00}", "monitor.db");
            await Track(db);
            using Process child = Start(db, file);
            bool killed = await KillWhen(child, () => fraction == 0.0 ? true : FolderBytes(db) >= fullSize * fraction, fraction == 0.0 ? 200 : 0);
            killedMidImport += killed ? 1 : 0;

            Snapshot afterKill = Snapshot.Of(db);
            log.WriteLine($"kill at {fraction:P0}: killed={killed}, posts={afterKill.Posts}");
            Assert.Equal(afterKill.Posts, afterKill.Citing + afterKill.Unmatched);
            Assert.Equal(afterKill.Citing, afterKill.AggregateTotal);
            Assert.Equal(afterKill.Posts, afterKill.Decoded);
            Assert.True(afterKill.Posts % Batch == 0 || afterKill.Posts == Posts, $"{afterKill.Posts} posts is not a whole number of batches");

            Assert.Equal(0, await ImportToEnd(db));
            Assert.Equal(expected, Snapshot.Of(db));
        }
        Assert.True(killedMidImport >= 3, $"only {killedMidImport} kills landed while the import was running");
    }

    private static async Task Track(string db)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        (int code, _, string error) = await CliHarness.RunOn(db, "track", "--doi", Pub);
        Assert.True(code == 0, error);
    }

    private static Process Start(string db, string file)
    {
        ProcessStartInfo start = new("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "sentimentmonitor.dll"), "--db", db, "import", file, "--format", "x", "--batch-size", Batch.ToString(), "--json" })
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    private static async Task<int> ImportToEnd(string db)
    {
        using Process child = Start(db, Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(db)!)!, $"tweets-{Posts}.jsonl"));
        Task<string> error = child.StandardError.ReadToEndAsync();
        await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        Assert.True(child.ExitCode == 0, await error);
        return child.ExitCode;
    }

    /// <summary>Polls until the trigger fires, then SIGKILLs; false when the child had already finished.</summary>
    private static async Task<bool> KillWhen(Process child, Func<bool> trigger, int delayMs)
    {
        _ = child.StandardOutput.ReadToEndAsync();
        _ = child.StandardError.ReadToEndAsync();
        await Task.Delay(delayMs);
        Stopwatch clock = Stopwatch.StartNew();
        while (!child.HasExited && !trigger() && clock.Elapsed < TimeSpan.FromMinutes(3))
            await Task.Delay(10);
        bool running = !child.HasExited;
        if (running)
            child.Kill(entireProcessTree: true); // SIGKILL on Linux: no finally blocks, no flush
        await child.WaitForExitAsync();
        return running;
    }

    private static long FolderBytes(string db) =>
        new DirectoryInfo(Path.GetDirectoryName(db)!).GetFiles("*.db").Sum(f => f.Length);

    /// <summary>Counts read through every access path: primary key, pub|time index, unmatched index, aggregates, decoding.</summary>
    private sealed record Snapshot(long Posts, long Citing, long Unmatched, long AggregateTotal, long Decoded, string Counts)
    {
        public static Snapshot Of(string db)
        {
            using LiteDbStore store = new(new LiteDbStoreOptions(db, ReadOnly: true));
            return new Snapshot(
                store.CountPosts(),
                store.Count(new PostQuery { PublicationKey = Pub }),
                store.CountUnmatched(),
                store.Counts(Pub).Sum(c => (long)c.Count),
                store.Query(new PostQuery()).LongCount(p => p.RawJson is { Length: > 0 }),
                string.Join(";", store.Counts(Pub).Select(c => c.ToString()).Order(StringComparer.Ordinal)));
        }
    }
}
