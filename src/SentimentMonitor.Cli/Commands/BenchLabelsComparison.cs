using SentimentMonitor.Cli.Bench;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.ML;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// The cost of the extra labels of <c>classify</c> on the same posts: sentiment only vs all labels (sentiment,
/// evaluating, aspects, and the rules author classifier on the posts' authors), in classify's batches. Runs are
/// interleaved (sentiment, all, reactions, authors; 5 rounds after a warm-up round) so other load on a shared
/// machine hits both sides alike; medians by wall clock and by process CPU time.
/// </summary>
internal static class BenchLabelsComparison
{
    private const int Runs = 5;

    public static void Measure(Dictionary<string, object> result, MlNetSentimentClassifier sentiment, IReadOnlyList<ClassificationInput> inputs,
        int batchSize, int postsPerAuthor, IProgress<string> progress)
    {
        // sentiment_only uses the plain classifier; all_labels the one classify uses, which may also score the
        // evaluating and aspect heads from the same featurisation (v3 zips built on this sentiment model).
        (ISentimentClassifier joint, IEvaluatingClassifier? evaluating, IAspectClassifier aspects) = SupportingHeads.LoadFor(sentiment);
        IAuthorClassifier authorClassifier = AuthorClassifierFactory.Create();
        IReadOnlyList<Author> authors = SyntheticAuthors.ForPosts(inputs.Count, postsPerAuthor);
        List<ClassificationInput[]> batches = inputs.Chunk(batchSize).ToList();
        Action sentimentOnly = () => batches.ForEach(b => sentiment.Classify(b));
        Action reactions = () => batches.ForEach(b => SupportingHeads.Classify(evaluating, aspects, b));
        Action authorsOnly = () => { foreach (Author a in authors) authorClassifier.Classify(a); };
        Action all = () =>
        {
            authorsOnly(); // classify labels authors first, then posts batch by batch
            foreach (ClassificationInput[] b in batches)
            {
                joint.Classify(b);
                SupportingHeads.Classify(evaluating, aspects, b);
            }
        };
        (string Name, Action Run)[] sides = [("sentiment_only", sentimentOnly), ("all_labels", all), ("evaluating_and_aspects", reactions), ("authors", authorsOnly)];
        Dictionary<string, (List<double> Wall, List<double> Cpu)> times = sides.ToDictionary(s => s.Name, _ => (new List<double>(), new List<double>()));
        result["labels_load_average_before"] = LoadAverage();
        for (int round = 0; round <= Runs; round++)
        {
            progress.Report(round == 0 ? "labels comparison: warm-up" : $"labels comparison: round {round}/{Runs}");
            foreach ((string name, Action run) in sides)
            {
                (double wall, double cpu) = Timing.Once(run);
                if (round > 0)
                {
                    times[name].Wall.Add(wall);
                    times[name].Cpu.Add(cpu);
                }
            }
        }
        result["labels_load_average_after"] = LoadAverage();
        result["labels_batch_size"] = batchSize;
        result["labels_authors"] = authors.Count;
        result["labels_evaluating_model"] = evaluating?.ModelVersion ?? "(none)";
        result["labels_aspects_model"] = aspects.ModelVersion;
        result["labels_shared_featurisation"] = evaluating is MlNetReactionClassifier { SharesFeatures: true };
        result["labels_shared_with_sentiment"] = !ReferenceEquals(joint, sentiment);
        foreach ((string name, _) in sides)
        {
            result[$"{name}_median_s"] = Math.Round(Timing.Median(times[name].Wall), 3);
            result[$"{name}_median_cpu_s"] = Math.Round(Timing.Median(times[name].Cpu), 3);
            result[$"{name}_posts_per_s"] = Math.Round(inputs.Count / Timing.Median(times[name].Wall));
            result[$"{name}_posts_per_cpu_s"] = Math.Round(inputs.Count / Timing.Median(times[name].Cpu));
        }
        // The target: authors + aspects add at most 50 % to the time of classify (ratio ≤ 1.5).
        result["all_labels_time_ratio_wall"] = Math.Round(Timing.Median(times["all_labels"].Wall) / Timing.Median(times["sentiment_only"].Wall), 3);
        result["all_labels_time_ratio_cpu"] = Math.Round(Timing.Median(times["all_labels"].Cpu) / Timing.Median(times["sentiment_only"].Cpu), 3);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
