using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Cli.Commands;

/// <summary><c>evaluate-authors --data FILE.tsv [--json]</c>: role and specialty metrics of the author classifier on labeled bios.</summary>
public static class EvaluateAuthorsCommand
{
    public static Command Create()
    {
        Option<string> data = new("--data") { Description = "Labeled bios: role TAB specialty TAB bio (specialty empty for non-clinicians)", Required = true };
        Option<bool> json = new("--json") { Description = "Print the metrics as JSON" };
        Option<string> classifier = new("--classifier")
        {
            Description = "Which classifier to score: rules (shipped), ml or combined (both need --model or models/author-role-v1.zip)",
            DefaultValueFactory = _ => "rules",
        };
        classifier.AcceptOnlyFromAmong("combined", "rules", "ml");
        Option<bool> errors = new("--errors") { Description = "Also list every misclassified line (to stderr)" };
        Option<string?> modelOption = new("--model") { Description = $"Author model zip (default: models/{AuthorClassifierFactory.ModelFileName})" };
        Command command = new("evaluate-authors", "Score the author role/specialty classifier on a labeled TSV file") { data, json, classifier, errors, modelOption };
        VerbRunner.Attach(command, ctx =>
        {
            IReadOnlyList<AuthorGoldLabel> gold = Read(ctx.Get(data)!);
            IAuthorClassifier model = AuthorClassifierFactory.Create(ctx.Get(classifier) ?? "rules", ctx.Get(modelOption));
            List<AuthorClassification> predicted = gold
                .Select(g => model.Classify(new Author { Platform = Platform.X, AccountId = $"line-{g.LineNumber}", Handle = "", Bio = g.Bio }))
                .ToList();
            AuthorMetrics metrics = AuthorEvaluator.Score(gold, predicted);
            if (ctx.Get(errors))
                WriteErrors(ctx.Error, gold, predicted);
            if (ctx.Get(json))
                ctx.Out.WriteLine(ToJson(metrics));
            else
                WriteText(ctx.Out, metrics, model.Version);
            return ExitCode.Ok;
        });
        return command;
    }

    private static IReadOnlyList<AuthorGoldLabel> Read(string path)
    {
        if (!File.Exists(path))
            throw new CliException(ExitCode.InputNotFound, $"data file not found: {path}");
        try
        {
            IReadOnlyList<AuthorGoldLabel> gold = AuthorGoldFile.Parse(File.ReadLines(path), path);
            return gold.Count > 0 ? gold : throw new CliException(ExitCode.BadInput, $"{path}: no labeled lines");
        }
        catch (FormatException ex)
        {
            throw new CliException(ExitCode.BadInput, ex.Message, ex);
        }
    }

    internal static string ToJson(AuthorMetrics m) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["count"] = m.Count,
        ["role_accuracy"] = Math.Round(m.RoleAccuracy, 4),
        ["role_macro_f1"] = Math.Round(m.RoleMacroF1, 4),
        ["clinician_precision"] = Math.Round(m.ClinicianPrecision, 4),
        ["clinician_recall"] = Math.Round(m.ClinicianRecall, 4),
        ["specialty_accuracy"] = Math.Round(m.SpecialtyAccuracy, 4),
        ["confusion"] = DenseConfusion(m),
    });

    /// <summary>Every role seen (true or predicted), in the documented order, with every cell written (zeros too), like <c>evaluate</c>'s matrix.</summary>
    private static string[] SeenRoles(AuthorMetrics m) =>
        DomainSlugs.All<AuthorRole>().Where(r => m.Confusion.ContainsKey(r) || m.Confusion.Values.Any(v => v.ContainsKey(r))).ToArray();

    private static Dictionary<string, Dictionary<string, int>> DenseConfusion(AuthorMetrics m)
    {
        string[] roles = SeenRoles(m);
        return roles.ToDictionary(row => row, row => roles.ToDictionary(col => col, col => m.Confusion.GetValueOrDefault(row)?.GetValueOrDefault(col) ?? 0));
    }

    private static void WriteText(TextWriter o, AuthorMetrics m, string version)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        o.WriteLine($"classifier: {version}, bios: {m.Count}");
        o.WriteLine(string.Format(c, "role accuracy        {0:F4}", m.RoleAccuracy));
        o.WriteLine(string.Format(c, "role macro-F1        {0:F4}", m.RoleMacroF1));
        o.WriteLine(string.Format(c, "clinician precision  {0:F4}", m.ClinicianPrecision));
        o.WriteLine(string.Format(c, "clinician recall     {0:F4}", m.ClinicianRecall));
        o.WriteLine(string.Format(c, "specialty accuracy   {0:F4}  (among true clinicians)", m.SpecialtyAccuracy));
        string[] roles = SeenRoles(m);
        o.WriteLine();
        o.WriteLine("confusion (rows = true role, columns = predicted)");
        // Role names are at most 12 letters ("organization"), so 14-wide columns show them whole.
        o.WriteLine($"{"",-14}" + string.Concat(roles.Select(r => $"{r,14}")));
        foreach (string row in roles)
        {
            IReadOnlyDictionary<string, int>? cells = m.Confusion.GetValueOrDefault(row);
            o.WriteLine($"{row,-14}" + string.Concat(roles.Select(col => $"{cells?.GetValueOrDefault(col) ?? 0,14}")));
        }
    }

    private static void WriteErrors(TextWriter e, IReadOnlyList<AuthorGoldLabel> gold, IReadOnlyList<AuthorClassification> predicted)
    {
        for (int i = 0; i < gold.Count; i++)
        {
            AuthorGoldLabel g = gold[i];
            AuthorClassification p = predicted[i];
            bool specialtyWrong = g.Role == AuthorRole.Clinician && p.Specialty != g.Specialty;
            if (g.Role != p.Role || specialtyWrong)
                e.WriteLine($"line {g.LineNumber}: {DomainSlugs.Slug(g.Role)}/{DomainSlugs.Slug(g.Specialty)} -> {DomainSlugs.Slug(p.Role)}/{DomainSlugs.Slug(p.Specialty)} | {g.Bio} | {string.Join("; ", p.Evidence)}");
        }
    }
}
