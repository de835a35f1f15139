using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SentimentMonitor.Cli.Bench;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Matching;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>bench match</c>: time of <see cref="PublicationMatcher.Match(Post)"/> per post on a fixed mix of post
/// shapes (plain text, shortened links, DOI/NEJM/PubMed links, written DOIs, titles, hashtags, news links,
/// long Mastodon-style text) against three tracked publications. Median of several runs after a warm-up.
/// </summary>
public static class BenchMatchCommand
{
    private static readonly Option<int> Posts = new("--posts") { Description = "Posts per run", DefaultValueFactory = _ => 100_000 };
    private static readonly Option<int> Runs = new("--runs") { Description = "Timed runs (the median is reported)", DefaultValueFactory = _ => 7 };
    private static readonly Option<bool> Json = new("--json") { Description = "Print one JSON object" };

    public static Command Create()
    {
        Command command = new("match", "Measure matching posts to tracked publications (µs per post)");
        command.Options.Add(Posts);
        command.Options.Add(Runs);
        command.Options.Add(Json);
        VerbRunner.Attach(command, ctx =>
        {
            int posts = ctx.Get(Posts);
            int runs = ctx.Get(Runs);
            if (posts < 1 || runs < 1)
                throw new CliException(ExitCode.Usage, "--posts and --runs must be at least 1");
            Result result = Measure(posts, runs, ctx.Cancellation);
            if (ctx.Get(Json))
                ctx.Out.WriteLine(JsonSerializer.Serialize(result));
            else
                ctx.Out.WriteLine($"match: {result.MedianNanosecondsPerPost / 1000.0:F2} µs/post wall, " +
                                  $"{result.MedianCpuNanosecondsPerPost / 1000.0:F2} µs/post CPU, median of {runs} runs " +
                                  $"({result.PostsPerSecond:N0} posts/s), {result.BytesPerPost:N0} B allocated/post, " +
                                  $"{result.MatchedPosts:N0} of {posts:N0} posts matched");
            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>
    /// Measurements in JSON-friendly units. CPU time (process) is reported beside wall time because on a
    /// shared, loaded machine wall time mostly measures waiting for a core.
    /// </summary>
    public sealed record Result(int Posts, int Runs, double MedianNanosecondsPerPost, double MedianCpuNanosecondsPerPost,
        double PostsPerSecond, long BytesPerPost, int MatchedPosts);

    internal static Result Measure(int postCount, int runs, CancellationToken cancellation)
    {
        PublicationMatcher matcher = new(Publications());
        Post[] posts = SamplePosts(postCount);
        int matched = RunOnce(matcher, posts); // warm-up: JIT, tiering
        RunOnce(matcher, posts);

        List<double> wallPerPost = [], cpuPerPost = [];
        long bytes = 0;
        using Process self = Process.GetCurrentProcess();
        for (int run = 0; run < runs; run++)
        {
            cancellation.ThrowIfCancellationRequested();
            long before = GC.GetAllocatedBytesForCurrentThread();
            self.Refresh();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            RunOnce(matcher, posts);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            self.Refresh();
            TimeSpan cpu = self.TotalProcessorTime - cpuBefore;
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            wallPerPost.Add(elapsed.TotalNanoseconds / posts.Length);
            cpuPerPost.Add(cpu.TotalNanoseconds / posts.Length);
        }
        double wall = Timing.Median(wallPerPost);
        return new Result(postCount, runs, Math.Round(wall, 1), Math.Round(Timing.Median(cpuPerPost), 1), Math.Round(1e9 / wall), bytes / posts.Length, matched);
    }

    private static int RunOnce(PublicationMatcher matcher, Post[] posts)
    {
        int matched = 0;
        foreach (Post post in posts)
        {
            if (matcher.Match(post).Count > 0)
                matched++;
        }
        return matched;
    }

    private static Publication[] Publications() =>
    [
        new()
        {
            Key = "10.1056/nejmoa2214171", Doi = "10.1056/NEJMoa2214171", Pmid = "37099340",
            Title = "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia",
            Urls = ["https://www.cancer.gov/news-events/cancer-currents-blog/2023/blinatumomab-infant-all"],
            Keywords = ["#InfantALL", "Interfant-18"],
        },
        new() { Key = "10.1016/s0140-6736(23)01234-5", Doi = "10.1016/S0140-6736(23)01234-5", Title = "Zyloprenib versus standard care for relapsed examplitis: a randomised trial", Keywords = ["zyloprenib"] },
        new() { Key = "10.1371/journal.pone.0284567", Doi = "10.1371/journal.pone.0284567", Pmid = "37000001", Pmcid = "PMC10123456" },
    ];

    /// <summary>Ten post shapes in rotation; most real posts match nothing, so half of these do not.</summary>
    private static Post[] SamplePosts(int count)
    {
        (string Text, string[] Links)[] shapes =
        [
            ("Interesting discussion today about outcomes in pediatric oncology and how trial design shapes what we can conclude. #MedTwitter", []),
            ("New results in infant ALL look very promising, worth a read 👇 https://t.co/AbCdEf1234", ["https://t.co/AbCdEf1234"]),
            ("Blinatumomab plus chemo for infants with KMT2A-rearranged ALL https://t.co/Xy12Ab34Cd", ["https://doi.org/10.1056/NEJMoa2214171"]),
            ("Out now in @NEJM 🎉 https://t.co/Qw12Er34Ty", ["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171?query=featured_home&utm_source=twitter"]),
            ("Striking survival numbers (doi:10.1056/NEJMoa2214171). Curious about toxicity in the youngest patients.", []),
            ("Abstract here https://t.co/Pm12Id34Xx", ["https://pubmed.ncbi.nlm.nih.gov/37099340/"]),
            ("Reading “Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia” this morning. Big step.", []),
            ("Press coverage of the infant leukemia study https://t.co/Nw12Sx34Zz", ["https://www.statnews.com/2023/04/26/infant-leukemia-study/?utm_source=twitter&utm_medium=social"]),
            ("🔥🔥 #InfantALL progress at last. Congratulations to the whole team!", []),
            ("Long thread from a pediatric hematologist. The Interfant approach has been refined over many years and this " +
             "pilot adds immunotherapy to a backbone that was already intensive. Questions remain about late effects, " +
             "access outside trial centres and cost. Paper: https://www.nejm.org/doi/full/10.1056/NEJMoa2214171 and the " +
             "accompanying editorial is worth reading too. More soon.", ["https://www.nejm.org/doi/full/10.1056/NEJMoa2214171"]),
        ];
        Post[] posts = new Post[count];
        DateTimeOffset at = new(2023, 4, 27, 0, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < count; i++)
        {
            (string text, string[] links) = shapes[i % shapes.Length];
            posts[i] = new Post
            {
                Platform = Platform.X, PlatformId = i.ToString(), CreatedAt = at.AddSeconds(i),
                AuthorKey = "x:" + (i % 997), AuthorHandle = "user" + (i % 997), Text = text, Links = links,
            };
        }
        return posts;
    }
}
