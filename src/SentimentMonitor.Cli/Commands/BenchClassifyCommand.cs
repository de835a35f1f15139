using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SentimentMonitor.Cli.Bench;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML;
using SentimentMonitor.ML.Data;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>bench classify</c>: posts/s of the sentiment model, batch and single-post, on one thread and on all cores;
/// model load time; peak memory; and sentiment only vs all labels (sentiment, evaluating, aspects, authors) on the
/// same posts with the time ratio (issue 4's target: ≤ 1.5); with --end-to-end, the same comparison for classify's whole
/// work on a temporary database. Each figure is the median of 5 runs after a warm-up.
/// </summary>
public static class BenchClassifyCommand
{
    private const int Runs = 5;

    public static Command Create()
    {
        Option<int> posts = new("--posts") { Description = "Posts per run", DefaultValueFactory = _ => 20_000 };
        Option<string?> model = new("--model") { Description = "Sentiment model zip (default: the newest models/sentiment-vN.zip)" };
        Option<bool> json = new("--json") { Description = "Print one JSON object" };
        Option<int> batch = new("--batch") { Description = "Posts per batch in the labels comparison (classify's default)", DefaultValueFactory = _ => 2000 };
        Option<int> perAuthor = new("--posts-per-author") { Description = "Posts per distinct author in the labels comparison", DefaultValueFactory = _ => 2 };
        Option<bool> labelsOnly = new("--labels-only") { Description = "Only the sentiment-only vs all-labels comparison (skip the other figures)" };
        Option<bool> endToEnd = new("--end-to-end")
        {
            Description = "Also time classify's whole work on a temporary LiteDB file (read, classify, write), sentiment only vs all labels",
        };
        Command command = new("classify", "Throughput of classification (posts/s), load time and peak memory") { posts, model, json, batch, perAuthor, labelsOnly, endToEnd };
        VerbRunner.Attach(command, ctx =>
        {
            int n = ctx.Get(posts);
            if (n <= 0)
                throw new CliException(ExitCode.Usage, "--posts must be positive");
            string sentimentPath = ModelLocator.Require(ModelTask.Sentiment, ctx.Get(model));
            if (ctx.Get(batch) <= 0 || ctx.Get(perAuthor) <= 0)
                throw new CliException(ExitCode.Usage, "--batch and --posts-per-author must be positive");
            ConsoleProgress progress = new(ctx.Error);
            Dictionary<string, object> result = ctx.Get(labelsOnly) ? Header(n, sentimentPath) : Measure(n, sentimentPath, progress);
            MlNetSentimentClassifier sentiment = MlNetSentimentClassifier.Load(sentimentPath);
            BenchLabelsComparison.Measure(result, sentiment, SyntheticPosts.Create(n), ctx.Get(batch), ctx.Get(perAuthor), progress);
            if (ctx.Get(endToEnd))
                ClassifyEndToEnd.Measure(result, sentiment, n, ctx.Get(perAuthor), ctx.Get(batch), progress);
            result["peak_working_set_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0, 1);
            ctx.Out.WriteLine(ctx.Get(json)
                ? JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true })
                : string.Join(Environment.NewLine, result.Select(kv => $"{kv.Key,-34} {kv.Value}")));
            return ExitCode.Ok;
        });
        return command;
    }

    private static Dictionary<string, object> Measure(int n, string sentimentPath, IProgress<string> progress)
    {
        IReadOnlyList<ClassificationInput> inputs = SyntheticPosts.Create(n);
        progress.Report($"loading {sentimentPath} ({Runs} times)");
        List<double> loads = [], loadCpu = [];
        for (int i = 0; i < Runs; i++)
        {
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            loads.Add(Time(() => MlNetSentimentClassifier.Load(sentimentPath)).TotalMilliseconds);
            loadCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
        }
        double loadMs = Timing.Median(loads);
        MlNetSentimentClassifier sentiment = MlNetSentimentClassifier.Load(sentimentPath);
        int cores = Environment.ProcessorCount;
        Dictionary<string, object> result = new()
        {
            ["model"] = sentiment.ModelVersion,
            ["model_bytes"] = new FileInfo(sentimentPath).Length,
            ["posts_per_run"] = n,
            ["cores"] = cores,
            ["load_ms"] = Math.Round(loadMs, 1),
            ["load_cpu_ms"] = Math.Round(Timing.Median(loadCpu), 1),
        };
        progress.Report("batch, one thread");
        Record(result, "batch_single_thread", Rate(n, () => sentiment.Classify(inputs)));
        progress.Report($"batch, {cores} threads");
        Record(result, "batch_all_cores", Rate(n, () => Parallel.ForEach(Chunks(inputs, cores), chunk => sentiment.Classify(chunk))));
        int singles = Math.Min(n, 20_000);
        IReadOnlyList<ClassificationInput> few = inputs.Take(singles).ToArray();
        progress.Report("single post, one thread");
        Record(result, "single_single_thread", Rate(singles, () => { foreach (ClassificationInput x in few) sentiment.Classify(x); }));
        progress.Report($"single post, {cores} threads");
        Record(result, "single_all_cores", Rate(singles, () => Parallel.ForEach(few, x => sentiment.Classify(x))));
        return result;
    }

    private static Dictionary<string, object> Header(int n, string sentimentPath) => new()
    {
        ["model"] = Path.GetFileNameWithoutExtension(sentimentPath),
        ["posts_per_run"] = n,
        ["cores"] = Environment.ProcessorCount,
    };

    /// <summary>
    /// Median posts/s of <see cref="Runs"/> timed runs after one warm-up run, by wall clock and by process CPU time.
    /// On a shared machine the wall-clock figure depends on other load; posts per CPU-second does much less, and
    /// for a single-threaded run it is the throughput of one dedicated core.
    /// </summary>
    private static (double Wall, double PerCpuSecond) Rate(int posts, Action run)
    {
        run();
        List<double> wall = [], cpu = [];
        for (int i = 0; i < Runs; i++)
        {
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            wall.Add(Time(run).TotalSeconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds);
        }
        return (Math.Round(posts / Timing.Median(wall)), Math.Round(posts / Timing.Median(cpu)));
    }

    private static void Record(Dictionary<string, object> result, string key, (double Wall, double PerCpuSecond) rate)
    {
        result[key + "_posts_per_s"] = rate.Wall;
        result[key + "_posts_per_cpu_s"] = rate.PerCpuSecond;
    }

    private static TimeSpan Time(Action run)
    {
        Stopwatch sw = Stopwatch.StartNew();
        run();
        return sw.Elapsed;
    }

    private static TimeSpan Time<T>(Func<T> run) => Time(() => { run(); });

    private static IEnumerable<IReadOnlyList<ClassificationInput>> Chunks(IReadOnlyList<ClassificationInput> inputs, int parts)
    {
        int size = (inputs.Count + parts - 1) / parts;
        for (int i = 0; i < inputs.Count; i += size)
            yield return inputs.Skip(i).Take(size).ToArray();
    }
}
