namespace SentimentMonitor.Reports.Tests.Fixtures;

/// <summary>
/// Reports generated once for a test class (rendering charts takes seconds): the two papers compared, the same
/// report again into another folder (reproducibility), and the running example for clinicians only in May 13–19.
/// </summary>
public sealed class GeneratedReports : IDisposable
{
    public GeneratedReports()
    {
        Fixture = new ReportFixture();
        ReportGenerator generator = new(Fixture.Store, Fixture.Store, Fixture.Store);
        ReportOptions both = new()
        {
            Publications = [Fixture.Publication(ReportFixture.Blina), Fixture.Publication(ReportFixture.Other)],
            OutputDirectory = Fixture.NewOutputFolder(),
            GeneratedAt = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero),
        };
        Comparison = generator.Generate(both);
        Again = generator.Generate(both with { OutputDirectory = Fixture.NewOutputFolder(), GeneratedAt = both.GeneratedAt!.Value.AddHours(5) });
        CliniciansWeek2 = generator.Generate(new ReportOptions
        {
            Publications = [Fixture.Publication(ReportFixture.Blina)],
            OutputDirectory = Fixture.NewOutputFolder(),
            CliniciansOnly = true,
            From = new DateOnly(2024, 5, 13),
            To = new DateOnly(2024, 5, 19),
        });
    }

    public ReportFixture Fixture { get; }
    public ReportResult Comparison { get; }
    public ReportResult Again { get; }
    public ReportResult CliniciansWeek2 { get; }

    public static string PathOf(ReportResult result, string file) => Path.Combine(result.OutputDirectory, file);

    public void Dispose() => Fixture.Dispose();
}
