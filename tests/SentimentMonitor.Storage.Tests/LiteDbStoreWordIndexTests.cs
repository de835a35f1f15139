using System.Globalization;
using LiteDB;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

public sealed class LiteDbStoreWordIndexTests : IDisposable
{
    private const string Nejm = "10.1056/nejmoa2214171";
    private const string Other = "10.1001/jama.2024.1";
    private static readonly string[] Vocabulary = ["Résumé", "ÄRZTE", "kinder", "relapse", "Relapsed", "CRS", "naïve", "survival", "blinatumomab", "MRD-negative"];
    private static readonly string[] Searches = ["resume", "Ärzte", "KIND", "relaps", "crs", "naive", "mrd-neg", "@h_u2", "dr zeta", "Zeta9", "relapse survival", "zzqqxx"];
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Query_MayContainAfterRandomWritesRelabelsAndRenames_EqualsCheckingEveryPost(int seed)
    {
        Random random = new(seed);
        using LiteDbStore store = _temp.Open(shared: seed == 2);
        DateTimeOffset seen = Records.Day0;

        for (int step = 0; step < 14; step++)
        {
            switch (random.Next(6))
            {
                case 0 or 1: // new posts, and re-imports of old ones with new text
                    store.UpsertBatch(Enumerable.Range(0, 12).Select(_ => RandomRecord(random)).ToArray());
                    break;
                case 2: // an author renames: their posts must be found by the new name
                    seen = seen.AddHours(1);
                    store.UpsertBatch([Renamed(random, seen)]);
                    break;
                case 3:
                    string author = "x:u" + random.Next(5);
                    if (random.Next(2) == 0)
                        store.SetMachineAuthorLabels([(author, Records.Clinician(Specialty.Cardiology))]);
                    else
                        store.SetHumanAuthorLabel(author, random.Next(2) == 0 ? null : Records.Clinician(Specialty.Nephrology, "human"));
                    break;
                case 4:
                    foreach (string k in SomePosts(store, random).Take(3))
                        store.SetHumanLabels(k, Sentiment.Negative, [Aspect.Safety]);
                    break;
                default:
                    store.SetMatches(SomePosts(store, random).Take(4).Select(k => (k, (IReadOnlyList<PublicationMatch>)
                        [new PublicationMatch(random.Next(2) == 0 ? Nejm : Other, MatchKind.Keyword, "kw")])).ToArray());
                    break;
            }
            List<Post> all = store.Query(new PostQuery()).ToList();
            foreach (string pub in new[] { Nejm, Other })
                Invariants.AssertWordSearchExact(store, pub, all.Where(p => p.Matches.Any(m => m.PublicationKey == pub)).ToList(), Searches);
            Assert.Equal(0, store.Count(new PostQuery { PublicationKey = Nejm, MayContain = "zzqqxx" }));
        }
        Invariants.AssertAggregatesExact(store, Nejm, Other);
    }

    [Fact]
    public void Query_WordInNoPost_ReturnsNoCandidatesButOneCharacterCannotNarrow()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch(Enumerable.Range(0, 40).Select(i => Records.Make("p" + i, "u" + (i % 4), text: $"Relapse after {i} cycles")).ToArray());

        Assert.Empty(store.Query(new PostQuery { PublicationKey = Nejm, MayContain = "zzzznotfound" }));
        Assert.Single(store.Query(new PostQuery { PublicationKey = Nejm, MayContain = "after 17 cycles" }), p => p.Text == "Relapse after 17 cycles");
        Assert.Equal(40, store.Count(new PostQuery { PublicationKey = Nejm, MayContain = "RELAPSE" }));
        Assert.Equal(40, store.Count(new PostQuery { PublicationKey = Nejm, MayContain = "q" }));
    }

    [Fact]
    public void Query_AuthorRenamed_FindsTheirPostsByTheNewName()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch([Records.Make("1", "a", text: "first"), Records.Make("2", "b", text: "second")]);
        ParsedRecord renamed = Records.Make("3", "a", text: "third", profileSeen: Records.Day0.AddDays(1));
        store.UpsertBatch([renamed with { Author = renamed.Author with { DisplayName = "Dr Zoë Quokka" } }]);

        string[] found = store.Query(new PostQuery { PublicationKey = Nejm, MayContain = "zoe quokka" }).Select(p => p.Key).Order().ToArray();

        Assert.Equal(["x:1", "x:3"], found);
    }

    [Fact]
    public void Open_SchemaTwoFile_ReadOnlyIgnoresTheHintAndWritingRebuildsTheIndex()
    {
        using (LiteDbStore store = _temp.Open())
        {
            store.UpsertBatch(Enumerable.Range(0, 30).Select(i => Records.Make("p" + i, "u" + (i % 3), at: Records.Day0.AddHours(i * 7),
                pubs: i % 2 == 0 ? [Nejm] : [Nejm, Other], text: Vocabulary[i % Vocabulary.Length] + " post " + i)).ToArray());
        }
        DowngradeToSchemaTwo(_temp.FilePath);

        using (LiteDbStore reader = _temp.Open(readOnly: true, shared: true))
        {
            Assert.Equal(2, reader.StoredSchemaVersion());
            Assert.Equal(30, reader.Count(new PostQuery { PublicationKey = Nejm, MayContain = "zzqqxx" })); // no index: every post a candidate
            Invariants.AssertWordSearchExact(reader, Nejm, reader.Query(new PostQuery { PublicationKey = Nejm }).ToList(), Searches);
        }
        using LiteDbStore migrated = _temp.Open();

        Assert.Equal(LiteDbStore.SchemaVersion, migrated.StoredSchemaVersion());
        Assert.Equal(0, migrated.Count(new PostQuery { PublicationKey = Nejm, MayContain = "zzqqxx" }));
        Assert.Equal(3, migrated.Count(new PostQuery { PublicationKey = Nejm, MayContain = "résumé" }));
        Invariants.AssertAggregatesExact(migrated, Nejm, Other);
    }

    /// <summary>What a file written by schema 2 looks like: no day_words, meta.v = 2.</summary>
    private static void DowngradeToSchemaTwo(string path)
    {
        using LiteDatabase db = new(new ConnectionString { Filename = path, Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal) });
        db.DropCollection("day_words");
        db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "schema", ["v"] = 2 });
    }

    private static ParsedRecord RandomRecord(Random random)
    {
        string text = string.Join(' ', Enumerable.Range(0, 1 + random.Next(5)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
        ParsedRecord r = Records.Make(random.Next(50).ToString(CultureInfo.InvariantCulture), "u" + random.Next(5), at: Records.Day0.AddHours(random.Next(24 * 10)),
            pubs: random.Next(3) switch { 0 => [Nejm], 1 => [Other], _ => [Nejm, Other] }, profileSeen: Records.Day0.AddMinutes(-1), text: text);
        return r;
    }

    private static ParsedRecord Renamed(Random random, DateTimeOffset seen)
    {
        ParsedRecord r = Records.Make("r" + random.Next(1000), "u" + random.Next(5), at: Records.Day0.AddHours(random.Next(24 * 10)), pubs: [Nejm],
            profileSeen: seen, text: "renamed author's post");
        return r with { Author = r.Author with { DisplayName = $"Dr Zeta{random.Next(10)}" } };
    }

    private static string[] SomePosts(LiteDbStore store, Random random) =>
        store.Query(new PostQuery { OldestFirst = true }).Select(p => p.Key).Where(_ => random.Next(3) == 0).ToArray();
}
