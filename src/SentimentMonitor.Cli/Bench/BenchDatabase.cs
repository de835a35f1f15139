using System.Diagnostics;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Bench;

/// <summary>The generated database of <c>bench dashboard</c>: made once (a few minutes of CPU), then reused.</summary>
internal static class BenchDatabase
{
    public static void EnsureGenerated(VerbContext ctx, string path, int posts, int papers)
    {
        if (File.Exists(path))
        {
            using LiteDbStore existing = new(new LiteDbStoreOptions(path, ReadOnly: true, Shared: true));
            long have = existing.CountPosts();
            if (have >= posts)
                return;
            ctx.Error.WriteLine($"{path} has {have} posts, fewer than {posts}: generating anew");
        }
        foreach (string stale in new[] { path, LogPath(path) })
            File.Delete(stale);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Stopwatch clock = Stopwatch.StartNew();
        // Direct mode for the one-off generation (nobody else reads it yet); the measurements reopen in shared mode.
        using (LiteDbStore store = new(new LiteDbStoreOptions(path)))
        {
            SyntheticCorpus.Generate(store, store, posts, papers, 5000, written =>
            {
                if (written % 50_000 == 0 || written == posts)
                    ctx.Error.WriteLine($"generated {written:N0}/{posts:N0} posts ({written / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s)");
            });
            store.Checkpoint();
        }
        ctx.Error.WriteLine($"generated {posts:N0} posts over {papers} papers in {clock.Elapsed.TotalSeconds:0} s: {path}");
    }

    /// <summary>Opens the file for writing once (which migrates an older schema) and checkpoints; returns seconds taken.</summary>
    public static double OpenOnce(VerbContext ctx, string path)
    {
        Stopwatch clock = Stopwatch.StartNew();
        using (LiteDbStore store = new(new LiteDbStoreOptions(path, Shared: true)))
            store.Checkpoint();
        if (clock.Elapsed.TotalSeconds > 5)
            ctx.Error.WriteLine($"opened {path} in {clock.Elapsed.TotalSeconds:0} s (schema migration)");
        return clock.Elapsed.TotalSeconds;
    }

    public static long SizeBytes(string path) =>
        new FileInfo(path).Length + (File.Exists(LogPath(path)) ? new FileInfo(LogPath(path)).Length : 0);

    private static string LogPath(string path) => Path.ChangeExtension(path, null) + "-log.db";
}
