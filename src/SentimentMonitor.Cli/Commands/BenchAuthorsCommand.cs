using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SentimentMonitor.Cli.Bench;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>bench authors</c>: time to classify N authors (default 100,000) with the shipped author classifier (or
/// --classifier ml|combined with a model), on a fixed mix of bios: clinicians in six languages, traps, researchers,
/// patients, journalists, organizations, bots, empty bios. Median of several runs after a warm-up.
/// </summary>
public static class BenchAuthorsCommand
{
    private static readonly Option<int> Authors = new("--authors") { Description = "Authors per run", DefaultValueFactory = _ => 100_000 };
    private static readonly Option<int> Runs = new("--runs") { Description = "Timed runs (the median is reported)", DefaultValueFactory = _ => 5 };
    private static readonly Option<string> Kind = new("--classifier") { Description = "rules (shipped), ml or combined", DefaultValueFactory = _ => "rules" };
    private static readonly Option<string?> Model = new("--model") { Description = "Author model zip for ml/combined" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print one JSON object" };

    private static readonly (string Name, string Bio)[] Profiles =
    [
        ("Sarah Cohen, MD", "Peds heme/onc attending. Sickle cell & hemophilia. Mom of 2. Views my own."),
        ("Dr. Julia Meyer", "Hematologist, MD. Myeloma & amyloidosis clinic. RT ≠ endorsement."),
        ("Karen W.", "Baltimore, MD 🦀 Ravens & O's. Mom of 2, dog mom of 1."),
        ("Jess 🎗️", "Oncology nurse mom 💛 infusion center life"),
        ("Dr. Priya N.", "Dr. in name only (PhD 😅). Immunologist studying T-cell exhaustion."),
        ("Denise P.", "Nurse's wife, boy mom. Silver Spring, MD"),
        ("Ana Ruiz", "MS3 @ UMich 🩺 first-gen. #MedStudentTwitter"),
        ("Walter Brandt MD", "Retired cardiologist. Still reading JACC on Sunday mornings."),
        ("Dr. med. Katrin Vogel", "Dr. med., Fachärztin für Neurologie. Schlaganfall, MS. Berlin."),
        ("Dra. Lucía Fernández", "Médica de familia en Sevilla. Atención primaria, siempre."),
        ("Dr. Étienne Moreau", "Médecin oncologue à Lyon. Cancers digestifs. Avis personnels."),
        ("Heme Papers Bot", "Automated feed: new hematology papers from PubMed every hour."),
        ("Lancet-like Haematology", "Official account. Monthly journal publishing research in haematology."),
        ("Liz Harper", "Health reporter at a national daily. Cancer, drug pricing, FDA. DMs open."),
        ("Paul Fischer", "Epidemiologist. Cancer registries, survival trends. PhD. Not that kind of doctor."),
        ("Rita Gomez", "AML survivor (2018). Stem cell transplant 🎉 sharing my story."),
        ("Rachel Kim, PharmD", "PharmD, BCOP. Oncology pharmacist. Chemo safety nerd. 💊 #PharmTwitter https://example.org"),
        ("Carlos Mendes, NP", "Heme/onc nurse practitioner (NP-C). BMT survivorship clinic."),
        ("Dr. Kevin Osei", "PGY-2 internal medicine resident 🩺 future heme/onc 🤞 views my own"),
        ("Giulia Conti", "Medico infettivologo, Milano. HIV, antibiotico-resistenza."),
        ("Derek", "Crypto, gym, stocks. DMs open. 🚀"),
        ("Someone", ""),
        ("Novarex Oncology", "Global biopharmaceutical company focused on oncology. For US audiences only."),
        ("Dr. Tunde Adeyemi", "Pulm/crit attending. ICU, ECMO, lung transplant. Lagos → Houston. Opinions are my own and not those of my employer, my colleagues, or my cat, who disagrees with everything."),
    ];

    public static Command Create()
    {
        Command command = new("authors", "Measure classifying authors (role, specialty, stage) per author and per 100k");
        foreach (Option option in new Option[] { Authors, Runs, Kind, Model, Json })
            command.Options.Add(option);
        VerbRunner.Attach(command, ctx =>
        {
            int count = ctx.Get(Authors), runs = ctx.Get(Runs);
            if (count < 1 || runs < 1)
                throw new CliException(ExitCode.Usage, "--authors and --runs must be at least 1");
            IAuthorClassifier classifier = AuthorClassifierFactory.Create(ctx.Get(Kind) ?? "rules", ctx.Get(Model));
            Result result = Measure(classifier, count, runs, ctx.Cancellation);
            if (ctx.Get(Json))
                ctx.Out.WriteLine(JsonSerializer.Serialize(result));
            else
                ctx.Out.WriteLine($"authors ({result.Classifier}): {result.MedianSecondsPerRun:F2} s wall for {count:N0} authors " +
                                  $"({result.MedianMicrosecondsPerAuthor:F1} µs/author wall, {result.MedianCpuMicrosecondsPerAuthor:F1} µs CPU, " +
                                  $"{result.AuthorsPerSecond:N0} authors/s), median of {runs} runs; {result.Clinicians:N0} classified clinician");
            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>Measurements in JSON-friendly units; CPU time beside wall time because the machine may be shared.</summary>
    public sealed record Result(string Classifier, int Authors, int Runs, double MedianSecondsPerRun, double MedianMicrosecondsPerAuthor,
        double MedianCpuMicrosecondsPerAuthor, double AuthorsPerSecond, int Clinicians);

    internal static Result Measure(IAuthorClassifier classifier, int count, int runs, CancellationToken cancellation)
    {
        Author[] authors = Enumerable.Range(0, count).Select(i => new Author
        {
            Platform = (Platform)(i % 3),
            AccountId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Handle = $"user{i}",
            DisplayName = Profiles[i % Profiles.Length].Name,
            // A distinct suffix per author so no cache could make repeated bios free.
            Bio = Profiles[i % Profiles.Length].Bio + (i % 7 == 0 ? $" #{i}" : ""),
        }).ToArray();
        int clinicians = RunOnce(classifier, authors.AsSpan(0, Math.Min(count, 5_000)).ToArray()); // warm-up
        List<double> wall = [], cpu = [];
        using Process self = Process.GetCurrentProcess();
        for (int run = 0; run < runs; run++)
        {
            cancellation.ThrowIfCancellationRequested();
            self.Refresh();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            clinicians = RunOnce(classifier, authors);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        double seconds = Timing.Median(wall);
        return new Result(classifier.Version, count, runs, Math.Round(seconds, 3), Math.Round(seconds * 1e6 / count, 2),
            Math.Round(Timing.Median(cpu) * 1e6 / count, 2), Math.Round(count / seconds), clinicians);
    }

    private static int RunOnce(IAuthorClassifier classifier, Author[] authors)
    {
        int clinicians = 0;
        foreach (Author author in authors)
        {
            if (classifier.Classify(author).Role == AuthorRole.Clinician)
                clinicians++;
        }
        return clinicians;
    }
}
