using Microsoft.Extensions.Time.Testing;
using SentimentMonitor.Core.Alerts;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Reports.Alerts;
using SentimentMonitor.Reports.Tests.Fixtures;

namespace SentimentMonitor.Reports.Tests.Alerts;

public sealed class AlertMonitorTests : IDisposable
{
    private static readonly Publication Paper = new() { Key = "10.1/x", Title = "Trial X" };
    private static readonly AlertRule Rule = new() { Name = "clinicians-turn-negative", Kind = AlertKind.ClinicianNetBelow, Threshold = -0.2, MinPosts = 5 };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-alerts-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 20, 8, 0, 0, TimeSpan.Zero));
    private readonly MutableStatistics _statistics = new();
    private readonly RecordingSink _sink = new();

    public AlertMonitorTests() => Directory.CreateDirectory(_folder);

    /// <summary>A new monitor per cycle with the same state file: what <c>watch --once</c> from cron does.</summary>
    private Task<IReadOnlyList<AlertEvent>> Cycle() =>
        new AlertMonitor(_statistics, new JsonAlertStateStore(Path.Combine(_folder, "db.alerts.json")), _sink, _time).EvaluateAsync([Paper], [Rule]);

    [Fact]
    public async Task Evaluate_ConditionHoldsOverSeveralCycles_RaisedOnceThenClearedThenRaisedAgain()
    {
        SetClinicianMood(positive: 1, negative: 6);
        IReadOnlyList<AlertEvent> first = await Cycle();
        IReadOnlyList<AlertEvent> second = await Cycle();
        _time.Advance(TimeSpan.FromHours(1));
        IReadOnlyList<AlertEvent> third = await Cycle();
        SetClinicianMood(positive: 6, negative: 1);
        IReadOnlyList<AlertEvent> cleared = await Cycle();
        IReadOnlyList<AlertEvent> quiet = await Cycle();
        SetClinicianMood(positive: 0, negative: 5);
        IReadOnlyList<AlertEvent> again = await Cycle();

        Assert.Equal(AlertEventKind.Raised, Assert.Single(first).Kind);
        Assert.Empty(second);
        Assert.Empty(third);
        Assert.Equal(AlertEventKind.Cleared, Assert.Single(cleared).Kind);
        Assert.Empty(quiet);
        Assert.Equal(AlertEventKind.Raised, Assert.Single(again).Kind);
        Assert.Equal(3, _sink.Alerts.Count);
        Assert.Equal(_time.GetUtcNow(), again[0].At);
    }

    [Fact]
    public async Task Evaluate_NegativePostsAgeOutOfTheWindow_Clears()
    {
        SetClinicianMood(positive: 0, negative: 8);
        Assert.Single(await Cycle());

        _time.Advance(TimeSpan.FromDays(7));
        AlertEvent cleared = Assert.Single(await Cycle());

        Assert.Equal(AlertEventKind.Cleared, cleared.Kind);
        Assert.Contains("needs 5+", cleared.Check.Message);
    }

    [Fact]
    public async Task Evaluate_FixtureDatabase_FiresForTheRunningExampleOnly()
    {
        using ReportFixture fixture = new();
        FakeTimeProvider may19 = new(new DateTimeOffset(2024, 5, 19, 23, 0, 0, TimeSpan.Zero));
        AlertRule rule = new() { Name = "net-below-zero", Kind = AlertKind.ClinicianNetBelow, Threshold = 0, MinPosts = 3 };
        AlertMonitor monitor = new(fixture.Store, new JsonAlertStateStore(Path.Combine(_folder, "fixture.alerts.json")), _sink, may19);

        IReadOnlyList<AlertEvent> events = await monitor.EvaluateAsync(
            [fixture.Publication(ReportFixture.Blina), fixture.Publication(ReportFixture.Other)], [rule]);

        AlertEvent raised = Assert.Single(events);
        Assert.Equal(ReportFixture.Blina, raised.Check.PublicationKey);
        Assert.Equal(-1 / 3.0, raised.Check.Value!.Value, 6);
        Assert.Equal(3, raised.Check.Count);
        Assert.Equal(["net-below-zero|" + ReportFixture.Blina], new JsonAlertStateStore(Path.Combine(_folder, "fixture.alerts.json")).LoadActive());
    }

    private void SetClinicianMood(int positive, int negative)
    {
        DateOnly today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        _statistics.Rows.Clear();
        _statistics.Rows.Add(new ReactionCount(today, Platform.X, AuthorRole.Clinician, Specialty.Cardiology, Sentiment.Positive, positive, positive));
        _statistics.Rows.Add(new ReactionCount(today.AddDays(-1), Platform.X, AuthorRole.Clinician, Specialty.Cardiology, Sentiment.Negative, negative, negative));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
