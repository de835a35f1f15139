using SentimentMonitor.Cli.Commands;
using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Services;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Bench;

/// <summary>
/// The <c>classify</c> verb's own work on a real LiteDB file, with and without the labels of issue 4: sentiment only
/// (posts read, classified and written in classify's batches) against everything classify does (authors labelled
/// first, then sentiment, evaluating and aspects per batch). Both sides relabel every post (<c>--all</c>), runs are
/// interleaved (warm-up round, then 5 rounds) and medians are taken by wall clock and by process CPU time. This is
/// the literal reading of "adds no more than 50% to the time of classify"; <see cref="BenchLabelsComparison"/>
/// measures the classifiers alone, without storage.
/// </summary>
internal static class ClassifyEndToEnd
{
    private const int Runs = 5;
    private const string PaperKey = "10.9999/classify-bench";

    public static void Measure(Dictionary<string, object> result, ISentimentClassifier sentiment, int posts, int postsPerAuthor, int batchSize,
        IProgress<string> progress)
    {
        string folder = Path.Combine(Path.GetTempPath(), "sentimentmonitor-classify-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            using LiteDbStore store = new(new LiteDbStoreOptions(Path.Combine(folder, "classify.db")));
            progress.Report($"end-to-end: writing {posts:N0} posts to a temporary database");
            Fill(store, posts, postsPerAuthor);
            // As classify loads them: with v3 heads the sentiment classifier also scores the reaction heads (one featurisation).
            (ISentimentClassifier joint, IEvaluatingClassifier? evaluating, IAspectClassifier aspects) = SupportingHeads.LoadFor(sentiment);
            IAuthorClassifier authors = AuthorClassifierFactory.Create();
            ClassificationRequest everything = new() { All = true, BatchSize = batchSize };
            Action sentimentOnly = () => new ClassificationService(store, sentiment, publications: store).Run(everything);
            Action all = () =>
            {
                AuthorLabeler.LabelAuthors(store, authors, all: true);
                new ClassificationService(store, joint, evaluating, aspects, store).Run(everything);
            };
            List<double> baseWall = [], baseCpu = [], allWall = [], allCpu = [];
            for (int round = 0; round <= Runs; round++)
            {
                progress.Report(round == 0 ? "end-to-end: warm-up" : $"end-to-end: round {round}/{Runs}");
                (double w1, double c1) = Timing.Once(sentimentOnly);
                (double w2, double c2) = Timing.Once(all);
                if (round == 0)
                    continue;
                baseWall.Add(w1);
                baseCpu.Add(c1);
                allWall.Add(w2);
                allCpu.Add(c2);
            }
            result["classify_e2e_posts"] = posts;
            result["classify_e2e_authors"] = store.Authors().Count();
            result["classify_e2e_sentiment_only_median_s"] = Math.Round(Timing.Median(baseWall), 3);
            result["classify_e2e_sentiment_only_median_cpu_s"] = Math.Round(Timing.Median(baseCpu), 3);
            result["classify_e2e_all_labels_median_s"] = Math.Round(Timing.Median(allWall), 3);
            result["classify_e2e_all_labels_median_cpu_s"] = Math.Round(Timing.Median(allCpu), 3);
            result["classify_e2e_time_ratio_wall"] = Math.Round(Timing.Median(allWall) / Timing.Median(baseWall), 3);
            result["classify_e2e_time_ratio_cpu"] = Math.Round(Timing.Median(allCpu) / Timing.Median(baseCpu), 3);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The benchmark's posts (<see cref="SyntheticPosts"/>) by its authors (<see cref="SyntheticAuthors"/>), all citing one paper.</summary>
    private static void Fill(LiteDbStore store, int posts, int postsPerAuthor)
    {
        store.Upsert(new Publication { Key = PaperKey, Doi = PaperKey, Title = "Synthetic classify benchmark paper", TrackedAt = DateTimeOffset.UnixEpoch });
        IReadOnlyList<ClassificationInput> texts = SyntheticPosts.Create(posts);
        IReadOnlyList<Author> authors = SyntheticAuthors.ForPosts(posts, postsPerAuthor);
        DateTimeOffset start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (int[] chunk in Enumerable.Range(0, posts).Chunk(5000))
        {
            store.UpsertBatch(chunk.Select(i =>
            {
                Author author = authors[i % authors.Count];
                Post post = new()
                {
                    Platform = author.Platform,
                    PlatformId = "c" + i,
                    Url = $"https://example.org/{author.Handle}/{i}",
                    CreatedAt = start.AddMinutes(i),
                    AuthorKey = author.Key,
                    AuthorHandle = author.Handle,
                    Text = texts[i].Text,
                    Matches = [new PublicationMatch(PaperKey, MatchKind.DoiLink, "https://doi.org/" + PaperKey)],
                };
                return new ParsedRecord(post, author);
            }).ToList());
        }
        store.Checkpoint();
    }

}
