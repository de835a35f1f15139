using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Bench;

/// <summary>
/// Fills a database with a reproducible synthetic reception (fixed seed) for benchmarks: two papers, authors with
/// roles and specialties, labelled posts whose clinician mood sours over eight weeks and where conflict of interest
/// comes up late. Not sample data for people: texts are templates.
/// </summary>
internal static class SyntheticReactions
{
    public const string MainKey = "10.5555/bench.main";
    public const string OtherKey = "10.5555/bench.other";
    public static readonly DateOnly Published = new(2025, 3, 3);

    private static readonly string[] Texts =
    [
        "Practice-changing results for our patients.", "Event-free survival benefit looks real.", "Worried about toxicity in this population.",
        "Single-arm design, hard to interpret.", "Who funded this? Check the disclosures.", "Sharing the new trial for journal club.",
        "Cost will limit access in many centres.", "Interesting subgroup data, needs replication.",
    ];

    public static void Fill(LiteDbStore store, int posts, int seed = 20250303)
    {
        Random random = new(seed);
        store.Upsert(new Publication { Key = MainKey, Doi = MainKey, Title = "Synthetic benchmark trial", Journal = "Bench J", PublishedOn = Published, TrackedAt = DateTimeOffset.UnixEpoch });
        store.Upsert(new Publication { Key = OtherKey, Doi = OtherKey, Title = "Second synthetic trial", Journal = "Bench J", PublishedOn = Published.AddDays(14), TrackedAt = DateTimeOffset.UnixEpoch });
        Author[] authors = Enumerable.Range(0, Math.Max(50, posts / 25)).Select(i => MakeAuthor(i, random)).ToArray();
        const int batch = 5_000;
        for (int start = 0; start < posts; start += batch)
        {
            List<ParsedRecord> records = [];
            for (int i = start; i < Math.Min(posts, start + batch); i++)
            {
                Author author = authors[random.Next(authors.Length)];
                records.Add(new ParsedRecord(MakePost(i, author, random), author));
            }
            store.UpsertBatch(records);
        }
    }

    private static Author MakeAuthor(int i, Random random)
    {
        double r = random.NextDouble();
        AuthorRole role = r < 0.4 ? AuthorRole.Clinician : r < 0.55 ? AuthorRole.Researcher : r < 0.85 ? AuthorRole.Public : r < 0.95 ? AuthorRole.Communicator : AuthorRole.Organization;
        Specialty specialty = role == AuthorRole.Clinician ? (Specialty)(1 + random.Next(Enum.GetValues<Specialty>().Length - 1)) : Specialty.Unknown;
        Platform platform = (Platform)(random.NextDouble() < 0.55 ? 0 : random.NextDouble() < 0.6 ? 1 : 2);
        return new Author
        {
            Platform = platform,
            AccountId = "bench-" + i,
            Handle = "user" + i,
            DisplayName = "User " + i,
            Bio = role == AuthorRole.Clinician ? "MD, " + DomainSlugs.Slug(specialty) : "Interested reader",
            ProfileSeenAt = DateTimeOffset.UnixEpoch,
            Machine = new AuthorClassification(role, specialty, role == AuthorRole.Clinician ? CareerStage.Attending : CareerStage.Unknown, ["bench"], "bench-rules"),
        };
    }

    private static Post MakePost(int i, Author author, Random random)
    {
        bool main = random.NextDouble() < 0.7;
        string key = main ? MainKey : OtherKey;
        DateOnly start = main ? Published : Published.AddDays(14);
        int day = Math.Min(55, (int)(-Math.Log(1 - random.NextDouble()) * 12));
        // Clinician mood sours with time; everyone else stays mildly positive.
        bool clinician = author.Machine!.Role == AuthorRole.Clinician;
        double pPos = clinician ? 0.6 - 0.008 * day : 0.45, pNeg = clinician ? 0.12 + 0.008 * day : 0.15;
        double s = random.NextDouble();
        Sentiment label = s < pPos ? Sentiment.Positive : s < pPos + pNeg ? Sentiment.Negative : Sentiment.Neutral;
        List<Aspect> aspects = [];
        if (random.NextDouble() < 0.35) aspects.Add(Aspect.Efficacy);
        if (random.NextDouble() < 0.15) aspects.Add(Aspect.Safety);
        if (random.NextDouble() < 0.12) aspects.Add(Aspect.StudyDesign);
        if (random.NextDouble() < 0.01 + day * 0.002) aspects.Add(Aspect.ConflictOfInterest);
        if (random.NextDouble() < 0.05) aspects.Add(Aspect.CostAccess);
        float p = 0.6f + (float)random.NextDouble() * 0.35f, rest = (1 - p) / 2;
        return new Post
        {
            Platform = author.Platform,
            PlatformId = "p" + i,
            Url = $"https://example.org/{author.Handle}/p{i}",
            CreatedAt = new DateTimeOffset(start.AddDays(day).ToDateTime(new TimeOnly(random.Next(24), random.Next(60))), TimeSpan.Zero),
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = Texts[random.Next(Texts.Length)],
            Links = ["https://doi.org/" + key],
            Metrics = new PostMetrics((int)Math.Min(5000, 1 / Math.Max(0.0002, random.NextDouble())), random.Next(5), random.Next(3), 0),
            Matches = [new PublicationMatch(key, MatchKind.DoiLink, "https://doi.org/" + key)],
            Sentiment = new SentimentPrediction(label, label == Sentiment.Negative ? p : rest, label == Sentiment.Neutral ? p : rest, label == Sentiment.Positive ? p : rest, "bench-model"),
            Evaluating = label != Sentiment.Neutral,
            Aspects = aspects,
        };
    }
}
