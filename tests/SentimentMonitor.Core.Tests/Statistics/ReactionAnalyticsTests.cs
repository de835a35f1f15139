using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Core.Statistics;

namespace SentimentMonitor.Core.Tests.Statistics;

public class ReactionAnalyticsTests
{
    private static readonly DateOnly Mon = new(2024, 3, 4); // a Monday

    private static ReactionCount Row(DateOnly day, Sentiment? s, int n, AuthorRole role = AuthorRole.Clinician,
        Specialty spec = Specialty.Hematology, Platform p = Platform.X) => new(day, p, role, spec, s, n, 0);

    private static readonly ReactionCount[] Rows =
    [
        Row(Mon, Sentiment.Positive, 4),
        Row(Mon, Sentiment.Negative, 1),
        Row(Mon, Sentiment.Neutral, 2, AuthorRole.Public, Specialty.Unknown),
        Row(Mon.AddDays(2), Sentiment.Positive, 3, spec: Specialty.Cardiology, p: Platform.Bluesky),
        Row(Mon.AddDays(2), null, 5, AuthorRole.Public, Specialty.Unknown, Platform.Mastodon),
        Row(Mon.AddDays(8), Sentiment.Negative, 2, spec: Specialty.Cardiology),
        Row(Mon.AddDays(8), Sentiment.Positive, 1, AuthorRole.Researcher, Specialty.Unknown, Platform.Bluesky),
    ];

    [Fact]
    public void Trend_Days_FillsGapsAndStacksCounts()
    {
        IReadOnlyList<TrendPoint> trend = ReactionAnalytics.Trend(Rows, ReactionFilter.Everyone, TrendGranularity.Day);

        Assert.Equal(9, trend.Count); // Mon .. Mon+8, gaps included
        Assert.Equal(new SentimentTally(4, 2, 1, 0), trend[0].Tally);
        Assert.Equal(SentimentTally.Empty, trend[1].Tally);
        Assert.Equal(new SentimentTally(3, 0, 0, 5), trend[2].Tally);
        Assert.Equal(new SentimentTally(1, 0, 2, 0), trend[8].Tally);
        Assert.Equal(0.6, trend[0].Net.Value!.Value, 10);
    }

    [Fact]
    public void Trend_WeeksOfClinicians_BucketsFromMonday()
    {
        IReadOnlyList<TrendPoint> trend = ReactionAnalytics.Trend(Rows, ReactionFilter.Clinicians, TrendGranularity.Week);

        Assert.Equal([Mon, Mon.AddDays(7)], trend.Select(t => t.Start));
        Assert.Equal(new SentimentTally(7, 0, 1, 0), trend[0].Tally);
        Assert.Equal(new SentimentTally(0, 0, 2, 0), trend[1].Tally);
        Assert.Equal(0.75, trend[0].Net.Value!.Value, 10);
        Assert.Equal(-1, trend[1].Net.Value!.Value, 10);
    }

    [Fact]
    public void BucketStart_Sunday_IsPreviousMonday() =>
        Assert.Equal(Mon, ReactionAnalytics.BucketStart(Mon.AddDays(6), TrendGranularity.Week));

    [Fact]
    public void Trend_FilterMatchesNothing_IsEmpty() =>
        Assert.Empty(ReactionAnalytics.Trend(Rows, new ReactionFilter { Specialty = Specialty.Neurology }, TrendGranularity.Day));

    [Fact]
    public void ByRole_Everyone_CountsSharesAndNet()
    {
        IReadOnlyList<BreakdownRow> rows = ReactionAnalytics.ByRole(Rows, ReactionFilter.Everyone);

        Assert.Equal(["clinician", "public", "researcher"], rows.Select(r => r.Key));
        Assert.Equal([10, 7, 1], rows.Select(r => r.Posts));
        Assert.Equal(10 / 18.0, rows[0].Share, 10);
        Assert.Equal(new NetSentiment(7, 3), rows[0].Net);
        Assert.Null(rows[1].Net.Value);
    }

    [Fact]
    public void BySpecialty_CliniciansOnBluesky_KeepsOnlyThose()
    {
        IReadOnlyList<BreakdownRow> rows = ReactionAnalytics.BySpecialty(Rows, ReactionFilter.Clinicians with { Platform = Platform.Bluesky });

        BreakdownRow only = Assert.Single(rows);
        Assert.Equal(("cardiology", 3, 1.0), (only.Key, only.Posts, only.Share));
    }

    [Fact]
    public void ByPlatform_Everyone_LargestFirst()
    {
        IReadOnlyList<BreakdownRow> rows = ReactionAnalytics.ByPlatform(Rows, ReactionFilter.Everyone);

        Assert.Equal([("x", 9), ("mastodon", 5), ("bluesky", 4)], rows.Select(r => (r.Key, r.Posts)));
    }

    [Fact]
    public void ByAspect_SharesOfFilteredPosts_AndNet()
    {
        AspectCount[] aspects =
        [
            new(Mon, Aspect.Efficacy, Platform.X, AuthorRole.Clinician, Specialty.Hematology, Sentiment.Positive, 4),
            new(Mon, Aspect.Safety, Platform.X, AuthorRole.Clinician, Specialty.Hematology, Sentiment.Negative, 1),
            new(Mon, Aspect.Efficacy, Platform.X, AuthorRole.Public, Specialty.Unknown, Sentiment.Neutral, 2),
        ];

        IReadOnlyList<BreakdownRow> rows = ReactionAnalytics.ByAspect(aspects, Rows, ReactionFilter.Clinicians);

        Assert.Equal(["efficacy", "safety"], rows.Select(r => r.Key));
        Assert.Equal(4 / 10.0, rows[0].Share, 10);
        Assert.Equal(1.0, rows[0].Net.Value);
        Assert.Equal(-1.0, rows[1].Net.Value);
    }

    [Fact]
    public void Totals_DayRange_IsInclusive()
    {
        SentimentTally tally = ReactionAnalytics.Totals(Rows, ReactionFilter.Everyone, Mon.AddDays(2), Mon.AddDays(8));

        Assert.Equal(new SentimentTally(4, 0, 2, 5), tally);
    }
}
