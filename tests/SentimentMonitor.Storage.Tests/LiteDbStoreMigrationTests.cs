using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Storage.Tests;

public sealed class LiteDbStoreMigrationTests : IDisposable
{
    private const string Nejm = "10.1056/nejmoa2214171";
    private const string Other = "10.1001/jama.2024.1";
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A labelled store, downgraded to schema 1; returns the counts it had (sorted text) per publication.</summary>
    private Dictionary<string, (string[] Counts, string[] Aspects)> MakeSchemaOneFile()
    {
        Dictionary<string, (IReadOnlyList<ReactionCount>, IReadOnlyList<AspectCount>)> rows = [];
        using (LiteDbStore store = _temp.Open())
        {
            store.UpsertBatch([
                Records.Make("1", "a"),
                Records.Make("2", "a", at: Records.Day0.AddDays(1)),
                Records.Make("3", "b", Platform.Bluesky, pubs: [Nejm, Other]),
                Records.Make("4", "c", Platform.Mastodon, at: Records.Day0.AddDays(8), pubs: [Other]),
            ]);
            store.SetMachineAuthorLabels([("x:a", Records.Clinician(Specialty.Cardiology))]);
            store.SetMachineLabels([
                new PostLabels("x:1", Records.Prediction(Sentiment.Negative), true, [Aspect.Safety, Aspect.Efficacy]),
                new PostLabels("bluesky:3", Records.Prediction(Sentiment.Positive), false, [Aspect.CostAccess]),
            ]);
            foreach (string pub in new[] { Nejm, Other })
                rows[pub] = (store.Counts(pub), store.AspectCounts(pub));
        }
        LegacySchema.Downgrade(_temp.FilePath, rows);
        return rows.ToDictionary(kv => kv.Key, kv => (Sorted(kv.Value.Item1), Sorted(kv.Value.Item2)));
    }

    private static string[] Sorted<T>(IEnumerable<T> rows) => rows.Select(r => r!.ToString()!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Open_SchemaOneReadOnly_ReadsTheOldRowsWithoutChangingTheFile()
    {
        var expected = MakeSchemaOneFile();
        byte[] before = File.ReadAllBytes(_temp.FilePath);

        using (LiteDbStore store = _temp.Open(readOnly: true, shared: true))
        {
            Assert.Equal(1, store.StoredSchemaVersion());
            Assert.Equal(expected[Nejm].Counts, Sorted(store.Counts(Nejm)));
            Assert.Equal(expected[Nejm].Aspects, Sorted(store.AspectCounts(Nejm)));
            Assert.Equal(3, store.Activity(Nejm).Posts);
        }

        Assert.Equal(before, File.ReadAllBytes(_temp.FilePath));
    }

    [Fact]
    public void Open_SchemaOneForWriting_MigratesToDailyDocumentsWithEqualCounts()
    {
        var expected = MakeSchemaOneFile();
        Assert.True(LegacySchema.HasCollection(_temp.FilePath, "reactions"));

        using (LiteDbStore store = _temp.Open(shared: true))
        {
            Assert.Equal(LiteDbStore.SchemaVersion, store.StoredSchemaVersion());
            foreach (string pub in new[] { Nejm, Other })
            {
                Assert.Equal(expected[pub].Counts, Sorted(store.Counts(pub)));
                Assert.Equal(expected[pub].Aspects, Sorted(store.AspectCounts(pub)));
            }
            Invariants.AssertAggregatesExact(store, Nejm, Other);
            // Later writes keep the migrated counts exact.
            store.SetHumanLabels("x:1", Sentiment.Positive, [Aspect.Equity]);
            store.UpsertBatch([Records.Make("5", "a", at: Records.Day0.AddDays(1), pubs: [Other])]);
            Invariants.AssertAggregatesExact(store, Nejm, Other);
        }

        Assert.False(LegacySchema.HasCollection(_temp.FilePath, "reactions"));
        Assert.False(LegacySchema.HasCollection(_temp.FilePath, "aspects"));
    }

    [Fact]
    public void Open_BundledSampleCopy_MigratesWithEqualCounts()
    {
        string? sample = FindSample();
        Assert.NotNull(sample); // the repository ships samples/sample.db
        File.Copy(sample, _temp.FilePath);
        Dictionary<string, (string[], string[])> before = [];
        using (LiteDbStore old = _temp.Open(readOnly: true, shared: true))
        {
            foreach (Publication p in old.GetAll())
                before[p.Key] = (Sorted(old.Counts(p.Key)), Sorted(old.AspectCounts(p.Key)));
        }
        Assert.NotEmpty(before);

        using LiteDbStore store = _temp.Open(shared: true);

        foreach ((string pub, (string[] counts, string[] aspects)) in before)
        {
            Assert.Equal(counts, Sorted(store.Counts(pub)));
            Assert.Equal(aspects, Sorted(store.AspectCounts(pub)));
        }
        Assert.True(before.Values.Sum(v => v.Item1.Length) > 0);
        Invariants.AssertAggregatesExact(store, before.Keys.ToArray());
    }

    private static string? FindSample()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples", "sample.db");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
