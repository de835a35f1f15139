using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;
using SentimentMonitor.TestSupport;
using SentimentMonitor.Tui.Presenters;

namespace SentimentMonitor.Tui.Tests.Fixtures;

/// <summary>
/// A real LiteDB file in a temp folder with two papers and known posts. The running example has 12 posts; 7 by
/// clinicians (5 positive, 2 negative: net +0.43 ±0.56 n=7); its last 7 days (1 pos, 2 neg) are worse than the 7
/// before (4 pos), so its arrow is ↓. One post carries escape sequences, one wide characters and emoji.
/// </summary>
public sealed class FixtureDatabase : IDisposable
{
    public const string Blina = "10.1056/nejmoa2214171";
    public const string Other = "10.1000/other.2024";
    public const string EscapeText = "\u001b[2J\u001b[31mPWNED\u001b[0m \u001b]52;c;ZXZpbA==\u0007copied \u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\ \u202eevil\u202c end";
    public static readonly DateTimeOffset Day0 = new(2024, 5, 6, 9, 0, 0, TimeSpan.Zero); // a Monday

    private readonly string _folder;

    public FixtureDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sm-tui-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "fixture.db");
        Store = new LiteDbStore(new LiteDbStoreOptions(DatabasePath, Shared: true));
        Seed();
    }

    public string DatabasePath { get; }
    public LiteDbStore Store { get; private set; }
    public DashboardPorts Ports => new(Store, Store, Store);

    /// <summary>Closes and reopens the file, to prove what was written is on disk.</summary>
    public LiteDbStore Reopen()
    {
        Store.Dispose();
        Store = new LiteDbStore(new LiteDbStoreOptions(DatabasePath, Shared: true));
        return Store;
    }

    private void Seed()
    {
        Store.Upsert(new Publication { Key = Blina, Doi = Blina, Title = "Blinatumomab in Infants with KMT2A-Rearranged ALL", Journal = "NEJM", TrackedAt = Day0.AddDays(-30) });
        Store.Upsert(new Publication { Key = Other, Doi = Other, Title = "Another trial", TrackedAt = Day0.AddDays(-20) });
        Author heme = Author(Platform.X, "101", "hemedoc", Clin(Specialty.Hematology, "MD", "hematologist"));
        Author peds = Author(Platform.Bluesky, "did:plc:peds", "pedsonc.bsky.social", Clin(Specialty.PediatricHematologyOncology, "peds heme/onc"));
        Author cardio = Author(Platform.Mastodon, "https://med.social/users/cardio", "cardio@med.social", Clin(Specialty.Cardiology, "cardiologist"));
        Author parent = Author(Platform.X, "202", "parent1", Person(AuthorRole.Public));
        Author evil = Author(Platform.X, "666", "evil", Person(AuthorRole.Public)) with { Bio = "bio \u001b]52;c;AAAA\u0007 here" };
        Author wide = Author(Platform.Bluesky, "did:plc:wide", "wide.bsky.social", Person(AuthorRole.Public));
        List<(ParsedRecord, PostLabels)> posts =
        [
            P(heme, "a1", 0, 0, Sentiment.Positive, 0.91f, "Remarkable efficacy of blinatumomab in infants.", Aspect.Efficacy),
            P(heme, "a2", 1, 1, Sentiment.Positive, 0.85f, "Event-free survival looks strong in this infant cohort.", Aspect.Efficacy),
            P(heme, "a3", 8, 2, Sentiment.Positive, 0.80f, "This will change how we treat infant ALL.", Aspect.PracticeChange),
            P(peds, "b1", 2, 0, Sentiment.Positive, 0.77f, "Huge for our infant ALL patients.", Aspect.Efficacy),
            P(peds, "b2", 3, 0, Sentiment.Positive, 0.70f, "Great work by the Interfant group."),
            P(peds, "b3", 9, 0, Sentiment.Negative, 0.66f, "Worried about CRS and neurotoxicity in infants.", Aspect.Safety),
            P(cardio, "m1", 9, 1, Sentiment.Negative, 0.60f, "Single-arm and small n: hard to judge.", Aspect.StudyDesign),
            P(parent, "p1", 1, 2, Sentiment.Neutral, 0.70f, "Our doctor mentioned this study today."),
            P(parent, "p2", 2, 3, Sentiment.Neutral, 0.75f, "Reading about blinatumomab for infants."),
            P(parent, "p3", 10, 0, Sentiment.Positive, 0.88f, "So much hope for babies with leukemia!"),
            P(evil, "e1", 10, 1, Sentiment.Neutral, 0.50f, EscapeText),
            P(wide, "w1", 10, 2, Sentiment.Neutral, 0.55f, "白血病の乳児 👶🏽 great news 🎉 for families"),
            P(parent, "o1", 5, 0, Sentiment.Positive, 0.90f, "Another trial reads well.", pub: Other),
            P(parent, "o2", 6, 0, Sentiment.Negative, 0.90f, "Another trial disappoints.", pub: Other),
        ];
        Store.UpsertBatch(posts.Select(p => p.Item1).ToArray());
        Store.SetMachineLabels(posts.Select(p => p.Item2).ToArray());
        Store.SetMachineAuthorLabels(new[] { heme, peds, cardio, parent, evil, wide }.Select(a => (a.Key, a.Machine!)).ToArray());
    }

    private static AuthorClassification Clin(Specialty s, params string[] evidence) => FixtureRecords.Clinician(s, evidence);

    private static AuthorClassification Person(AuthorRole role) => FixtureRecords.Person(role);

    private static Author Author(Platform platform, string id, string handle, AuthorClassification who) =>
        FixtureRecords.Author(platform, id, handle, who, Day0, followers: 100);

    private static (ParsedRecord, PostLabels) P(Author author, string id, int day, int hour, Sentiment s, float confidence, string text, Aspect? aspect = null, string pub = Blina) =>
        FixtureRecords.Post(author, id, Day0.AddDays(day).AddHours(hour), s, confidence, text, new PostMetrics(id.Length + day, 1, 0, 0), pub, aspect);

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
