using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Tests.Alerts;

public sealed class AlertEvaluatorTests
{
    private static readonly DateOnly Today = new(2025, 3, 20);
    private static readonly Publication Paper = new() { Key = "10.1/x", Title = "Trial X" };
    private static readonly AlertRule NetBelow = new() { Name = "net", Kind = AlertKind.ClinicianNetBelow, Threshold = -0.2, MinPosts = 5 };
    private static readonly AlertRule Surge = new() { Name = "surge", Kind = AlertKind.VolumeSurge, Threshold = 2, MinPosts = 20 };
    private static readonly AlertRule Coi = new() { Name = "coi", Kind = AlertKind.AspectRising, Threshold = 0.05, MinPosts = 3, Aspect = Aspect.ConflictOfInterest };

    [Fact]
    public void ClinicianNetBelow_NetUnderThresholdWithEnoughPosts_Fires()
    {
        ReactionCount[] rows = [Clin(0, Sentiment.Positive, 2), Clin(-6, Sentiment.Negative, 5), Clin(-3, Sentiment.Neutral, 9)];

        AlertCheck check = Check(NetBelow, rows);

        Assert.True(check.Firing);
        Assert.Equal(-3 / 7.0, check.Value!.Value, 6);
        Assert.Equal(7, check.Count);
        Assert.Contains("below -0.20", check.Message);
        Assert.Equal("net|10.1/x", check.Key);
    }

    [Fact]
    public void ClinicianNetBelow_TooFewOpinionatedPosts_DoesNotFire()
    {
        AlertCheck check = Check(NetBelow, [Clin(0, Sentiment.Negative, 4), Clin(0, Sentiment.Neutral, 20)]);

        Assert.False(check.Firing);
        Assert.Contains("needs 5+ opinionated clinician posts", check.Message);
    }

    [Fact]
    public void ClinicianNetBelow_NegativePostsOutsideWindowOrNotByClinicians_DoNotCount()
    {
        ReactionCount[] rows =
        [
            Clin(0, Sentiment.Positive, 5), Clin(-7, Sentiment.Negative, 50), Clin(1, Sentiment.Negative, 50),
            new(Today, Platform.X, AuthorRole.Public, Specialty.Unknown, Sentiment.Negative, 50, 50),
        ];

        AlertCheck check = Check(NetBelow, rows);

        Assert.False(check.Firing);
        Assert.Equal(1.0, check.Value);
    }

    [Fact]
    public void ClinicianNetBelow_AtThresholdExactly_DoesNotFire()
    {
        // -0.2 = (2 - 3) / 5: "below" is strict.
        Assert.False(Check(NetBelow, [Clin(0, Sentiment.Positive, 2), Clin(0, Sentiment.Negative, 3)]).Firing);
    }

    [Theory]
    [InlineData(40, 10, true)]
    [InlineData(20, 10, true)]
    [InlineData(19, 0, false)]
    [InlineData(30, 20, false)]
    public void VolumeSurge_RecentAgainstPreviousWindow_FiresAtFactorWithMinimum(int recent, int previous, bool fires)
    {
        ReactionCount[] rows = [Any(-2, recent), Any(-9, previous)];

        AlertCheck check = Check(Surge, rows);

        Assert.Equal(fires, check.Firing);
        Assert.Equal(recent, check.Count);
    }

    [Theory]
    [InlineData(5, 0, true)]
    [InlineData(2, 0, false)]
    [InlineData(5, 4, false)]
    public void AspectRising_ShareRisesByThresholdWithMinimumMentions_Fires(int recentMentions, int previousMentions, bool fires)
    {
        ReactionCount[] rows = [Any(-1, 50), Any(-8, 50)];
        AspectCount[] aspects =
        [
            new(Today.AddDays(-1), Aspect.ConflictOfInterest, Platform.X, AuthorRole.Clinician, Specialty.Cardiology, Sentiment.Negative, recentMentions),
            new(Today.AddDays(-8), Aspect.ConflictOfInterest, Platform.X, AuthorRole.Clinician, Specialty.Cardiology, Sentiment.Negative, previousMentions),
            new(Today.AddDays(-1), Aspect.Efficacy, Platform.X, AuthorRole.Clinician, Specialty.Cardiology, Sentiment.Positive, 40),
        ];

        AlertCheck check = AlertEvaluator.Check(Coi, Paper, rows, aspects, Today);

        Assert.Equal(fires, check.Firing);
        Assert.Contains("conflict_of_interest", check.Message);
    }

    private static AlertCheck Check(AlertRule rule, ReactionCount[] rows) => AlertEvaluator.Check(rule, Paper, rows, [], Today);

    private static ReactionCount Clin(int day, Sentiment s, int count) =>
        new(Today.AddDays(day), Platform.Bluesky, AuthorRole.Clinician, Specialty.Cardiology, s, count, count);

    private static ReactionCount Any(int day, int count) =>
        new(Today.AddDays(day), Platform.X, AuthorRole.Public, Specialty.Unknown, Sentiment.Neutral, count, 0);
}
