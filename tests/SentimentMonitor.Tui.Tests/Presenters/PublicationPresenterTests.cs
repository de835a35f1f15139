using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Statistics;
using SentimentMonitor.Tui.Presenters;
using SentimentMonitor.Tui.Tests.Fixtures;

namespace SentimentMonitor.Tui.Tests.Presenters;

public sealed class PublicationPresenterTests : IDisposable
{
    private readonly FixtureDatabase _db = new();
    private readonly PublicationPresenter _p;

    public PublicationPresenterTests() => _p = new PublicationPresenter(_db.Ports, _db.Store.Find(FixtureDatabase.Blina)!);

    [Fact]
    public void Headline_Fixture_ShowsTotalsNetAndLastWeek() =>
        Assert.Equal("12 posts · clinicians 7 · clin. net +0.43 ±0.56 n=7 · 7d ↓ -0.33 vs +1.00", _p.Headline());

    [Fact]
    public void Trend_ClinicianDaysThenWeeks_Buckets()
    {
        IReadOnlyList<TrendPoint> days = _p.Trend();
        Assert.Equal(10, days.Count); // May 6 .. May 15
        Assert.Equal(new SentimentTally(1, 0, 0, 0), days[0].Tally);
        Assert.Equal(new SentimentTally(0, 0, 2, 0), days[9].Tally);

        _p.ToggleGranularity();
        IReadOnlyList<TrendPoint> weeks = _p.Trend();

        Assert.Equal([new DateOnly(2024, 5, 6), new DateOnly(2024, 5, 13)], weeks.Select(w => w.Start));
        Assert.Equal(new SentimentTally(4, 0, 0, 0), weeks[0].Tally);
        Assert.Equal(new SentimentTally(1, 0, 2, 0), weeks[1].Tally);
        Assert.StartsWith("weekly · clinicians · net +0.43", _p.ChartCaption());
    }

    [Fact]
    public void Toggles_EveryoneThenPlatform_ChangeTheChartFilter()
    {
        _p.ToggleClinicians();
        Assert.Equal(12, _p.Trend().Sum(t => t.Tally.Total));

        _p.CyclePlatform(); // first platform with posts: x
        Assert.Equal(Platform.X, _p.ChartFilter.Platform);
        Assert.Equal(7, _p.Trend().Sum(t => t.Tally.Total));
        Assert.StartsWith("daily · everyone · x · net +1.00 ±0.49 n=4", _p.ChartCaption());

        _p.CyclePlatform();
        _p.CyclePlatform();
        _p.CyclePlatform(); // x → bluesky → mastodon → all
        Assert.Null(_p.ChartFilter.Platform);
    }

    [Fact]
    public void CycleSpecialty_OnlySpecialtiesPresent()
    {
        _p.CycleSpecialty();
        Assert.Equal(Specialty.PediatricHematologyOncology, _p.ChartFilter.Specialty);
        _p.CycleSpecialty();
        Assert.Equal(Specialty.Hematology, _p.ChartFilter.Specialty);
        _p.CycleSpecialty();
        Assert.Equal(Specialty.Cardiology, _p.ChartFilter.Specialty);
        _p.CycleSpecialty();
        Assert.Null(_p.ChartFilter.Specialty);
    }

    [Fact]
    public void Breakdowns_EveryoneToggle_RoleHeadingNeedsNoQualifier()
    {
        _p.ToggleClinicians();

        Assert.Null(_p.ChartFilter.Role);
        Assert.Equal("By role", _p.Breakdowns()[0].Group);
    }

    [Fact]
    public void Breakdowns_Fixture_SectionsWithCountsSharesAndNet()
    {
        IReadOnlyList<BreakdownLine> lines = _p.Breakdowns();
        string[] text = lines.Select(l => $"{l.Group}|{l.Posts}|{l.Share}|{l.Net}").ToArray();

        Assert.Equal("By role (everyone)|||", text[0]);
        Assert.Equal("  clinician|7|58%|+0.43 ±0.56 n=7", text[1]);
        Assert.Equal("  public|5|42%|+1.00 ±0.79 n=1", text[2]);
        Assert.Equal("By specialty|||", text[3]);
        Assert.Equal("  hematology|3|43%|+1.00 ±0.56 n=3", text[4]);
        Assert.Equal("  pediatric_hematology_oncology|3|43%|+0.33 ±0.73 n=3", text[5]);
        Assert.Equal("  cardiology|1|14%|-1.00 ±0.79 n=1", text[6]);
        Assert.Equal("By aspect|||", text[7]);
        Assert.Equal("  efficacy|3|43%|+1.00 ±0.56 n=3", text[8]);
        Assert.Contains("  safety|1|14%|-1.00 ±0.79 n=1", text);
        Assert.Contains("By platform|||", text);
        Assert.Equal("  mastodon|1|14%|-1.00 ±0.79 n=1", text[^1]);
    }

    [Fact]
    public void Posts_NoFilter_AllNewestFirst()
    {
        IReadOnlyList<PostRow> rows = _p.Posts();

        Assert.Equal(12, rows.Count);
        Assert.Equal("bluesky:w1", rows[0].Key);
        Assert.Equal("x:a1", rows[^1].Key);
        Assert.Equal("12 posts · newest first", _p.PostsCaption(rows.Count));
    }

    [Theory]
    [InlineData("role:clinician sent:neg", "mastodon:m1,bluesky:b3")]
    [InlineData("infants", "bluesky:b3,x:p2,x:a1")]
    [InlineData("aspect:safety", "bluesky:b3")]
    [InlineData("on:bluesky", "bluesky:w1,bluesky:b3,bluesky:b2,bluesky:b1")]
    [InlineData("from:2024-05-15 to:2024-05-15", "mastodon:m1,bluesky:b3")]
    [InlineData("spec:pediatric_hematology_oncology sent:pos", "bluesky:b2,bluesky:b1")]
    [InlineData("role:public HOPE", "x:p3")]
    public void Posts_Filter_KeepsExactlyTheMatchingPosts(string search, string expectedKeys)
    {
        Assert.Empty(_p.SetSearch(search));

        string keys = string.Join(",", _p.Posts().Select(r => r.Key));

        Assert.Equal(expectedKeys, keys);
    }

    [Fact]
    public void SetSearch_UnknownValue_ReportedAndIgnored()
    {
        IReadOnlyList<string> errors = _p.SetSearch("sent:maybe infants");

        Assert.Equal(["'sent:maybe' not understood"], errors);
        Assert.Equal(3, _p.Posts().Count);
    }

    [Fact]
    public void CycleSort_Engagement_OrdersByEngagement()
    {
        _p.CycleSort();
        IReadOnlyList<PostRow> rows = _p.Posts();

        Assert.Equal(PostSort.Engagement, _p.Sort);
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Engagement >= p.Second.Engagement));
        _p.ReverseSort();
        Assert.Equal(rows.Reverse().Select(r => r.Key), _p.Posts().Select(r => r.Key));
    }

    [Fact]
    public void Posts_EscapeSequencePost_TextIsInert()
    {
        PostRow row = _p.Posts().Single(r => r.Key == "x:e1");

        Assert.Equal("PWNED copied click evil end", row.Text);
        Assert.DoesNotContain('\u001b', row.Text);
    }

    public void Dispose() => _db.Dispose();
}
