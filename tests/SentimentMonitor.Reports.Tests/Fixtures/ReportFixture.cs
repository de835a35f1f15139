using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;
using SentimentMonitor.TestSupport;

namespace SentimentMonitor.Reports.Tests.Fixtures;

/// <summary>
/// A real LiteDB file in a temp folder with two papers and hand-counted posts. Running example (published Monday
/// 2024-05-06): 10 posts; 7 by clinicians (5 positive, 2 negative: net 3/7); week of May 6: 4 positive, 2 neutral;
/// week of May 13: 2 positive, 2 negative. Other paper (published 2024-05-08): 2 posts (1 positive by the public,
/// 1 negative by a clinician).
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public const string Blina = "10.1056/nejmoa2214171";
    public const string Other = "10.1000/other.2024";
    public static readonly DateTimeOffset Day0 = new(2024, 5, 6, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Post ids in export order (oldest first, running example then the other paper).</summary>
    public static readonly string[] ExportOrder = ["a1", "a2", "p1", "b1", "p2", "b2", "a3", "b3", "m1", "p3", "o1", "o2"];
    public static readonly string[] ClinicianExportOrder = ["a1", "a2", "b1", "b2", "a3", "b3", "m1", "o2"];

    public ReportFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sm-reports-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "fixture.db");
        using (LiteDbStore writer = new(new LiteDbStoreOptions(DatabasePath)))
            Seed(writer);
        Store = new LiteDbStore(new LiteDbStoreOptions(DatabasePath, ReadOnly: true, Shared: true));
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public LiteDbStore Store { get; }

    public Publication Publication(string key) => Store.Find(key)!;

    public string NewOutputFolder() => Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N")[..8]);

    private static void Seed(LiteDbStore store)
    {
        store.Upsert(new Publication { Key = Blina, Doi = Blina, Title = "Blinatumomab in Infants with KMT2A-Rearranged ALL", Journal = "NEJM", PublishedOn = new DateOnly(2024, 5, 6), TrackedAt = Day0 });
        store.Upsert(new Publication { Key = Other, Doi = Other, Title = "Another trial", PublishedOn = new DateOnly(2024, 5, 8), TrackedAt = Day0 });
        Author heme = Author(Platform.X, "101", "hemedoc", Clin(Specialty.Hematology));
        Author peds = Author(Platform.Bluesky, "did:plc:peds", "pedsonc.bsky.social", Clin(Specialty.PediatricHematologyOncology));
        Author cardio = Author(Platform.Mastodon, "https://med.social/users/cardio", "cardio@med.social", Clin(Specialty.Cardiology));
        Author parent = Author(Platform.X, "202", "parent1", FixtureRecords.Person(AuthorRole.Public));
        List<(ParsedRecord, PostLabels)> posts =
        [
            P(heme, "a1", 0, 0, Sentiment.Positive, 40, "Remarkable efficacy of blinatumomab in infants.", Aspect.Efficacy),
            P(heme, "a2", 1, 1, Sentiment.Positive, 12, "Event-free survival looks strong <b>here</b>.", Aspect.Efficacy),
            P(parent, "p1", 1, 2, Sentiment.Neutral, 3, "Our doctor mentioned this study today."),
            P(peds, "b1", 2, 0, Sentiment.Positive, 25, "Huge for our infant ALL patients.", Aspect.Efficacy),
            P(parent, "p2", 2, 3, Sentiment.Neutral, 1, "Reading about blinatumomab for infants."),
            P(peds, "b2", 3, 0, Sentiment.Positive, 5, "Great work by the Interfant group."),
            P(heme, "a3", 8, 2, Sentiment.Positive, 7, "This will change how we treat infant ALL.", Aspect.PracticeChange),
            P(peds, "b3", 9, 0, Sentiment.Negative, 30, "Worried about CRS and neurotoxicity in infants.", Aspect.Safety),
            P(cardio, "m1", 9, 1, Sentiment.Negative, 8, "Single-arm and small n: hard to judge.", Aspect.StudyDesign),
            P(parent, "p3", 10, 0, Sentiment.Positive, 50, "So much hope for babies with leukemia!"),
            P(parent, "o1", 5, 0, Sentiment.Positive, 2, "Another trial reads well.", pub: Other),
            P(heme, "o2", 6, 0, Sentiment.Negative, 4, "Another trial disappoints.", pub: Other),
        ];
        store.UpsertBatch(posts.Select(p => p.Item1).ToArray());
        store.SetMachineLabels(posts.Select(p => p.Item2).ToArray());
        store.SetMachineAuthorLabels(new[] { heme, peds, cardio, parent }.Select(a => (a.Key, a.Machine!)).ToArray());
    }

    private static AuthorClassification Clin(Specialty s) => FixtureRecords.Clinician(s);

    private static Author Author(Platform platform, string id, string handle, AuthorClassification who) => FixtureRecords.Author(platform, id, handle, who, Day0);

    private static (ParsedRecord, PostLabels) P(Author author, string id, int day, int hour, Sentiment s, int likes, string text, Aspect? aspect = null, string pub = Blina)
    {
        (ParsedRecord record, PostLabels labels) = FixtureRecords.Post(author, id, Day0.AddDays(day).AddHours(hour), s, 0.8f, text, new PostMetrics(likes, 0, 0, 0), pub, aspect, rest: 0.1f);
        if (id != "a1")
            return (record, labels);
        // a1 also quotes the title: a second, weaker way to match the same paper.
        Post post = record.Post with
        {
            Matches = [new PublicationMatch(pub, MatchKind.DoiLink, "https://doi.org/" + pub), new PublicationMatch(pub, MatchKind.Title, "blinatumomab in infants")],
        };
        return (record with { Post = post }, labels);
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
