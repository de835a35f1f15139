using System.CommandLine;
using System.Diagnostics;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Import;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Sources.Import;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>bench import</c>: end-to-end import speed (parse + match + store, into a fresh database each run), median of
/// several runs after a warm-up, and where the time goes (parse alone, parse + match, store alone).
/// </summary>
public static class BenchImportCommand
{
    private static readonly Option<int> Posts = new("--posts") { Description = "Tweets in the generated file", DefaultValueFactory = _ => 50_000 };
    private static readonly Option<int> Runs = new("--runs") { Description = "Measured runs (after one warm-up)", DefaultValueFactory = _ => 5 };
    private static readonly Option<int> BatchSize = new("--batch-size") { Description = "Records per transaction", DefaultValueFactory = _ => 2000 };
    private static readonly Option<string?> Template = new("--template") { Description = "twarc2 JSONL whose pages are repeated (default: the largest X fixture)" };
    private static readonly Option<bool> Direct = new("--direct") { Description = "Open the database in direct mode instead of shared" };

    public static Command Create()
    {
        Command command = new("import", "Import speed in posts/s: generated twarc2 file, fresh database per run");
        foreach (Option option in new Option[] { Posts, Runs, BatchSize, Template, Direct })
            command.Options.Add(option);
        VerbRunner.Attach(command, Run);
        return command;
    }

    private static ExitCode Run(VerbContext ctx)
    {
        string template = ctx.Get(Template) ?? FindFixture();
        string folder = Path.Combine(Path.GetTempPath(), "sm-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            string file = Path.Combine(folder, "tweets.jsonl");
            long posts = BenchImportFile.Write(template, file, ctx.Get(Posts));
            ctx.Out.WriteLine($"file: {posts:N0} tweets, {new FileInfo(file).Length / 1e6:N1} MB (pages of {Path.GetFileName(template)}), batch {ctx.Get(BatchSize)}, {(ctx.Get(Direct) ? "direct" : "shared")} mode");
            IRecordParser parser = RecordParsers.For(ImportFormat.X);
            Publication nejm = new() { Key = "10.1056/nejmoa2214171", Doi = "10.1056/nejmoa2214171", Title = "Blinatumomab for infant ALL" };
            var match = StoreAccess.Matcher([nejm]);

            Report(ctx, "parse only", Median(ctx, () => Time(() => parser.Parse(File.OpenRead(file), file).Count(o => o.Record is not null))));
            Report(ctx, "parse + match", Median(ctx, () => Time(() => parser.Parse(File.OpenRead(file), file).Count(o => o.Record is not null && match(o.Record.Post).Count >= 0))));
            List<ParsedRecord> records = parser.Parse(File.OpenRead(file), file).Where(o => o.Record is not null).Select(o => o.Record! with { Post = o.Record.Post with { Matches = match(o.Record.Post) } }).ToList();
            Report(ctx, "store only", Median(ctx, () => Time(() =>
            {
                using LiteDbStore store = Fresh(ctx, folder, nejm);
                foreach (ParsedRecord[] batch in records.Chunk(ctx.Get(BatchSize)))
                    store.UpsertBatch(batch);
                return records.Count;
            })));
            records.Clear();
            long bytes = 0;
            Report(ctx, "end to end", Median(ctx, () => Time(() =>
            {
                using LiteDbStore store = Fresh(ctx, folder, nejm);
                ImportService service = new(store, match, new ImportOptions(ctx.Get(BatchSize)));
                using FileStream stream = File.OpenRead(file);
                ImportSummary summary = service.Import(parser, stream, file);
                store.Checkpoint();
                bytes = new FileInfo(store.Options.Path).Length;
                return summary.New;
            })));
            ctx.Out.WriteLine($"database: {bytes / 1e6:N1} MB, {bytes / (double)posts:N0} bytes per post (after checkpoint)");
            return ExitCode.Ok;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static LiteDbStore Fresh(VerbContext ctx, string folder, Publication publication)
    {
        string path = Path.Combine(folder, "bench.db");
        foreach (string old in Directory.GetFiles(folder, "bench*.db"))
            File.Delete(old);
        LiteDbStore store = new(new LiteDbStoreOptions(path, Shared: !ctx.Get(Direct)));
        store.Upsert(publication);
        return store;
    }

    /// <summary>Wall and process CPU time of one run: on a shared machine CPU µs/post is the steadier number.</summary>
    private static (long Items, double Seconds, double CpuSeconds) Time(Func<long> work)
    {
        GC.Collect();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Stopwatch clock = Stopwatch.StartNew();
        long items = work();
        return (items, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>One warm-up, then the median posts/s of the measured runs (min, max) and the median CPU µs per post.</summary>
    private static (double Median, double Min, double Max, double CpuMicros) Median(VerbContext ctx, Func<(long Items, double Seconds, double CpuSeconds)> run)
    {
        run();
        var runs = Enumerable.Range(0, Math.Max(1, ctx.Get(Runs))).Select(_ => run()).ToArray();
        double[] rates = runs.Select(r => r.Items / r.Seconds).Order().ToArray();
        double[] cpu = runs.Select(r => r.CpuSeconds * 1e6 / r.Items).Order().ToArray();
        return (rates[rates.Length / 2], rates[0], rates[^1], cpu[cpu.Length / 2]);
    }

    private static void Report(VerbContext ctx, string name, (double Median, double Min, double Max, double CpuMicros) r) =>
        ctx.Out.WriteLine($"{name,-14} {r.Median,10:N0} posts/s  (min {r.Min:N0}, max {r.Max:N0}); CPU {r.CpuMicros:N1} µs/post");

    private static string FindFixture()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { "shared/fixtures/x-v2/twarc2", "../shared/fixtures/x-v2/twarc2", "tests/SentimentMonitor.Sources.Tests/Fixtures/x-v2/twarc2" })
            {
                string folder = Path.Combine(dir.FullName, candidate);
                if (Directory.Exists(folder))
                    return Directory.GetFiles(folder, "*.jsonl").Where(f => !f.Contains("flatten")).OrderByDescending(f => new FileInfo(f).Length).First();
            }
        }
        throw new CliException(ExitCode.InputNotFound, "no X fixture found; pass --template FILE.jsonl");
    }
}
