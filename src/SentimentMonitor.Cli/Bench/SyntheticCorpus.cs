using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Cli.Bench;

/// <summary>
/// Deterministic synthetic posts for speed measurements: 50 papers (paper 0 takes 20% of posts, paper 1 2%, the rest
/// share the remainder) over 365 days, authors of every role (30% clinicians across specialties), machine labels set.
/// Written through the store's batch API, so pre-aggregates are kept as in real use.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Words =
    [
        "blinatumomab", "infants", "trial", "survival", "relapse", "toxicity", "CRS", "cohort", "outcomes", "practice",
        "changing", "single-arm", "small", "promising", "worried", "data", "follow-up", "remission", "MRD", "chemo",
        "kids", "leukemia", "ALL", "KMT2A", "phase", "results", "great", "concerning", "cost", "access",
    ];

    public static Publication Paper(int i) => new()
    {
        Key = $"10.9999/bench.{i:00}",
        Doi = $"10.9999/bench.{i:00}",
        Title = $"Synthetic benchmark paper {i:00}",
        TrackedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>Writes <paramref name="total"/> posts in batches; reports progress (posts written) after each batch.</summary>
    public static void Generate(IPostRepository posts, IPublicationRepository publications, int total, int papers, int batchSize, Action<int> progress)
    {
        for (int i = 0; i < papers; i++)
            publications.Upsert(Paper(i));
        Random random = new(42);
        Author[] authors = Enumerable.Range(0, Math.Max(100, total / 20)).Select(i => MakeAuthor(i, random)).ToArray();
        DateTimeOffset start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        List<ParsedRecord> batch = new(batchSize);
        for (int n = 0; n < total; n++)
        {
            Author author = authors[random.Next(authors.Length)];
            batch.Add(new ParsedRecord(MakePost(n, PaperOf(random, papers), author, start.AddSeconds(random.Next(365 * 86400)), random), author));
            if (batch.Count == batchSize || n == total - 1)
            {
                posts.UpsertBatch(batch);
                batch.Clear();
                progress(n + 1);
            }
        }
    }

    private static int PaperOf(Random random, int papers)
    {
        double r = random.NextDouble();
        return r < 0.20 ? 0 : r < 0.22 ? 1 : 2 + random.Next(Math.Max(1, papers - 2));
    }

    private static Author MakeAuthor(int i, Random random)
    {
        Platform platform = (Platform)(i % 3);
        AuthorRole role = random.NextDouble() < 0.3 ? AuthorRole.Clinician : (AuthorRole)random.Next(2, 6);
        Specialty specialty = role == AuthorRole.Clinician ? (Specialty)random.Next(1, Enum.GetValues<Specialty>().Length) : Specialty.Unknown;
        return new Author
        {
            Platform = platform,
            AccountId = "a" + i,
            Handle = "user" + i,
            DisplayName = "User " + i,
            Bio = role == AuthorRole.Clinician ? "MD, " + DomainSlugs.Slug(specialty) : "views my own",
            ProfileSeenAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Machine = new AuthorClassification(role, specialty, CareerStage.Unknown, ["synthetic"], "bench"),
        };
    }

    private static Post MakePost(int n, int paper, Author author, DateTimeOffset at, Random random)
    {
        string pub = Paper(paper).Key;
        Sentiment label = (Sentiment)random.Next(3);
        float p = 0.5f + (float)random.NextDouble() / 2, rest = (1 - p) / 2;
        string text = string.Join(' ', Enumerable.Range(0, 30).Select(_ => Words[random.Next(Words.Length)]));
        Aspect[] aspects = random.NextDouble() < 0.5 ? [(Aspect)random.Next(7)] : [];
        return new Post
        {
            Platform = author.Platform,
            PlatformId = "p" + n,
            Url = $"https://example.org/{author.Handle}/{n}",
            CreatedAt = at,
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = text,
            Links = ["https://doi.org/" + pub],
            Metrics = new PostMetrics(random.Next(100), random.Next(20), random.Next(10), 0),
            Matches = [new PublicationMatch(pub, MatchKind.DoiLink, "https://doi.org/" + pub)],
            Sentiment = new SentimentPrediction(label, label == Sentiment.Negative ? p : rest, label == Sentiment.Neutral ? p : rest, label == Sentiment.Positive ? p : rest, "bench"),
            Evaluating = label != Sentiment.Neutral,
            Aspects = aspects,
        };
    }
}
