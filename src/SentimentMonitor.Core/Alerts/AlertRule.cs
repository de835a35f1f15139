using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Alerts;

/// <summary>
/// One rule from the user config. <see cref="Threshold"/> means a net sentiment (ClinicianNetBelow), a growth factor
/// (VolumeSurge) or a rise in share (AspectRising); windows are whole UTC days ending on the evaluation day.
/// </summary>
public sealed record AlertRule
{
    public required string Name { get; init; }
    public required AlertKind Kind { get; init; }
    public required double Threshold { get; init; }
    public int MinPosts { get; init; } = 10;
    public int WindowDays { get; init; } = 7;
    /// <summary>The aspect an AspectRising rule watches.</summary>
    public Aspect? Aspect { get; init; }

    /// <summary>The rules used when the config file has none.</summary>
    public static IReadOnlyList<AlertRule> Defaults { get; } =
    [
        new() { Name = "clinicians-turn-negative", Kind = AlertKind.ClinicianNetBelow, Threshold = -0.2, MinPosts = 10 },
        new() { Name = "volume-surge", Kind = AlertKind.VolumeSurge, Threshold = 2.0, MinPosts = 30 },
        new() { Name = "conflict-of-interest-rising", Kind = AlertKind.AspectRising, Threshold = 0.05, MinPosts = 3, Aspect = Domain.Aspect.ConflictOfInterest },
    ];
}
