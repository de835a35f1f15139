using System.Text.Json;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Tests;

/// <summary>stats breaks down by role, clinician specialty and clinician aspect, from labels in effect (real LiteDB file).</summary>
public sealed class StatsBreakdownTests : IDisposable
{
    private const string Key = "10.1056/nejmoa2214171";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private void Seed()
    {
        using LiteDbStore store = new(new LiteDbStoreOptions(_cli.Db, ReadOnly: false, Shared: true));
        store.Upsert(new Publication { Key = Key, Doi = Key, Title = "Blinatumomab Added to Chemotherapy in Infant Lymphoblastic Leukemia" });
        Author onc = new() { Platform = Platform.X, AccountId = "1", Handle = "onc", ProfileSeenAt = DateTimeOffset.UnixEpoch };
        Author fan = new() { Platform = Platform.X, AccountId = "2", Handle = "fan", ProfileSeenAt = DateTimeOffset.UnixEpoch };
        ParsedRecord Record(string id, Author author) => new(new Post
        {
            Platform = Platform.X,
            PlatformId = id,
            CreatedAt = new DateTimeOffset(2023, 4, 28, 0, 0, 0, TimeSpan.Zero),
            AuthorKey = author.Key,
            AuthorHandle = author.Handle,
            Text = "post " + id,
            Matches = [new PublicationMatch(Key, MatchKind.DoiLink, "https://doi.org/" + Key)],
        }, author);
        store.UpsertBatch([Record("1", onc), Record("2", onc), Record("3", onc), Record("4", fan)]);
        store.SetHumanAuthorLabel(onc.Key, new AuthorClassification(AuthorRole.Clinician, Specialty.PediatricHematologyOncology, CareerStage.Attending, ["test"], "human"));
        store.SetHumanAuthorLabel(fan.Key, new AuthorClassification(AuthorRole.Public, Specialty.Unknown, CareerStage.Unknown, ["test"], "human"));
        store.SetHumanLabels("x:1", Sentiment.Positive, [Aspect.Efficacy]);
        store.SetHumanLabels("x:2", Sentiment.Positive, [Aspect.Efficacy, Aspect.Safety]);
        store.SetHumanLabels("x:3", Sentiment.Negative, [Aspect.StudyDesign]);
        store.SetHumanLabels("x:4", Sentiment.Negative, null);
    }

    [Fact]
    public async Task StatsJson_BreakdownsFollowHumanLabels()
    {
        Seed();

        JsonElement pub = (await _cli.RunJson("stats", "--json")).GetProperty("publications")[0];

        JsonElement[] roles = pub.GetProperty("by_role").EnumerateArray().ToArray();
        Assert.Equal(("clinician", 3, 0.75, 0.333), (roles[0].GetProperty("key").GetString(), roles[0].GetProperty("posts").GetInt32(), roles[0].GetProperty("share").GetDouble(), roles[0].GetProperty("net_sentiment").GetDouble()));
        Assert.Equal(("public", 1, -1.0), (roles[1].GetProperty("key").GetString(), roles[1].GetProperty("posts").GetInt32(), roles[1].GetProperty("net_sentiment").GetDouble()));
        JsonElement specialty = Assert.Single(pub.GetProperty("clinician_specialties").EnumerateArray());
        Assert.Equal(("pediatric_hematology_oncology", 3), (specialty.GetProperty("key").GetString(), specialty.GetProperty("posts").GetInt32()));
        Dictionary<string, (int Posts, double? Net)> aspects = pub.GetProperty("clinician_aspects").EnumerateArray().ToDictionary(
            a => a.GetProperty("key").GetString()!,
            a => (a.GetProperty("posts").GetInt32(), a.GetProperty("net_sentiment").ValueKind == JsonValueKind.Null ? (double?)null : a.GetProperty("net_sentiment").GetDouble()));
        Assert.Equal((2, 1.0), aspects["efficacy"]);
        Assert.Equal((1, 1.0), aspects["safety"]);
        Assert.Equal((1, -1.0), aspects["study_design"]);
        Assert.Equal(3, aspects.Count);
    }
}
