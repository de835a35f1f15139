using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage.Aggregates;

namespace SentimentMonitor.Storage.Tests;

public sealed class LiteDbStoreDailyAggregateTests : IDisposable
{
    private static readonly string[] Pubs = ["10.1056/nejmoa2214171", "10.1001/jama.2024.1", "10.1000/x|y"];
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void CellCodes_EveryEnumMember_HasAStorageCode()
    {
        Assert.All(Enum.GetValues<Platform>(), v => Assert.True(CellCodes.Platforms.Covers(v)));
        Assert.All(Enum.GetValues<AuthorRole>(), v => Assert.True(CellCodes.Roles.Covers(v)));
        Assert.All(Enum.GetValues<Specialty>(), v => Assert.True(CellCodes.Specialties.Covers(v)));
        Assert.All(Enum.GetValues<Aspect>(), v => Assert.True(CellCodes.Aspects.Covers(v)));
        Assert.All(Enum.GetValues<Sentiment>(), v => Assert.Equal(v, CellCodes.Sentiment(CellCodes.Sentiment(v))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Counts_AfterRandomMixedWrites_EqualABruteForceRecount(int seed)
    {
        Random random = new(seed);
        using LiteDbStore store = _temp.Open(shared: seed == 2);

        for (int step = 0; step < 12; step++)
        {
            switch (random.Next(6))
            {
                case 0 or 1: // new posts and re-imports of old ones (new matches, same labels)
                    store.UpsertBatch(Enumerable.Range(0, 15).Select(_ => RandomRecord(random)).ToArray());
                    break;
                case 2: // (re-)classification
                    store.SetMachineLabels(SomePosts(store, random).Select(k => new PostLabels(k, Records.Prediction(Pick<Sentiment>(random)),
                        random.Next(2) == 0, random.Next(3) == 0 ? null : [Pick<Aspect>(random), Pick<Aspect>(random)])).ToArray());
                    break;
                case 3: // human corrections, set and cleared
                    foreach (string k in SomePosts(store, random).Take(3))
                        store.SetHumanLabels(k, random.Next(3) == 0 ? null : Pick<Sentiment>(random), random.Next(2) == 0 ? null : [Pick<Aspect>(random)]);
                    break;
                case 4: // author relabels move all their posts between cells
                    string author = "x:u" + random.Next(6);
                    if (random.Next(2) == 0)
                        store.SetMachineAuthorLabels([(author, Records.Clinician(Pick<Specialty>(random)))]);
                    else
                        store.SetHumanAuthorLabel(author, random.Next(2) == 0 ? null : new AuthorClassification(Pick<AuthorRole>(random), Specialty.Unknown, CareerStage.Unknown, [], "human"));
                    break;
                default: // re-matching, including to no publication at all
                    store.SetMatches(SomePosts(store, random).Take(4).Select(k => (k, (IReadOnlyList<PublicationMatch>)RandomPubs(random)
                        .Select(p => new PublicationMatch(p, MatchKind.Keyword, "kw")).ToArray())).ToArray());
                    break;
            }
            Invariants.AssertAggregatesExact(store, Pubs);
        }
        Assert.True(store.CountPosts() > 0);
    }

    [Fact]
    public void Counts_WhenADayLosesItsLastPost_DropsTheDayDocument()
    {
        using LiteDbStore store = _temp.Open();
        store.UpsertBatch([Records.Make("1", pubs: [Pubs[0]]), Records.Make("2", at: Records.Day0.AddDays(3), pubs: [Pubs[0]])]);

        store.SetMatches([("x:2", [])]);

        Assert.Equal([DateOnly.FromDateTime(Records.Day0.UtcDateTime)], store.Counts(Pubs[0]).Select(c => c.Day).Distinct());
        Invariants.AssertAggregatesExact(store, Pubs);
    }

    private static ParsedRecord RandomRecord(Random random)
    {
        // Ids and accounts are drawn from small ranges so re-imports and shared authors happen often.
        int account = random.Next(6);
        return Records.Make(random.Next(60).ToString(System.Globalization.CultureInfo.InvariantCulture), "u" + account,
            at: Records.Day0.AddHours(random.Next(24 * 20)), pubs: RandomPubs(random));
    }

    private static string[] RandomPubs(Random random) => Pubs.Where(_ => random.Next(3) == 0).ToArray();

    private static string[] SomePosts(LiteDbStore store, Random random) =>
        store.Query(new PostQuery { OldestFirst = true }).Select(p => p.Key).Where(_ => random.Next(3) == 0).ToArray();

    private static T Pick<T>(Random random) where T : struct, Enum
    {
        T[] values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
