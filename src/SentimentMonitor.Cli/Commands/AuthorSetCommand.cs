using System.CommandLine;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>author set ROLE [--specialty S] [--stage S] HANDLE</c>: stores a human label on every stored account with that
/// handle. The label wins over the classifier everywhere and survives re-import and reclassification (the store keeps
/// it apart from machine labels). <c>author set --clear HANDLE</c> removes it.
/// </summary>
public static class AuthorSetCommand
{
    public static Command Create()
    {
        Argument<string> role = new("ROLE") { Description = $"One of: {string.Join(", ", Roles())}, or 'clear' to remove the human label" };
        Argument<string> handle = new("HANDLE") { Description = "Account handle (leading @ optional; every platform with that handle)" };
        Option<string?> specialty = new("--specialty") { Description = $"Clinicians only: {string.Join(", ", DomainSlugs.All<Specialty>())}" };
        Option<string?> stage = new("--stage") { Description = $"Clinicians only: {string.Join(", ", DomainSlugs.All<CareerStage>())}" };
        Command command = new("set", "Store a human role label for an author (wins over the classifier)") { role, handle, specialty, stage };
        command.WithExamples(
            "author set clinician --specialty hematology --stage attending hemedoc_priya",
            "author set clear hemedoc_priya");
        VerbRunner.Attach(command, ctx =>
        {
            AuthorClassification? label = Build(ctx.Get(role)!, ctx.Get(specialty), ctx.Get(stage));
            if (!File.Exists(ctx.DatabasePath))
                throw new CliException(ExitCode.Database, $"database not found: {ctx.DatabasePath} (import something first, or pass --db)");
            using LiteDbStore store = StoreAccess.OpenForWrite(ctx);
            IReadOnlyList<Author> authors = AuthorShowCommand.Require(store, ctx.Get(handle)!);
            foreach (Author author in authors)
            {
                store.SetHumanAuthorLabel(author.Key, label);
                ctx.Out.WriteLine(label is null
                    ? $"{ConsoleText.Clean(author.Key)} @{ConsoleText.Clean(author.Handle)}: human label cleared"
                    : $"{ConsoleText.Clean(author.Key)} @{ConsoleText.Clean(author.Handle)}: {AuthorShowCommand.Describe(label)} (human)");
            }
            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>The human label for the arguments, or null for "clear"; bad values are usage errors.</summary>
    internal static AuthorClassification? Build(string roleText, string? specialtyText, string? stageText)
    {
        if (roleText.Equals("clear", StringComparison.OrdinalIgnoreCase))
        {
            if (specialtyText is not null || stageText is not null)
                throw new CliException(ExitCode.Usage, "'clear' takes no --specialty or --stage");
            return null;
        }
        if (!DomainSlugs.TryParse(roleText, out AuthorRole role) || role == AuthorRole.Unknown)
            throw new CliException(ExitCode.Usage, $"unknown role '{roleText}'; expected one of: {string.Join(", ", Roles())}, clear");
        Specialty specialty = Specialty.Unknown;
        CareerStage stage = CareerStage.Unknown;
        if (role != AuthorRole.Clinician && (specialtyText is not null || stageText is not null))
            throw new CliException(ExitCode.Usage, "--specialty and --stage apply to clinicians only");
        if (specialtyText is not null && !DomainSlugs.TryParse(specialtyText, out specialty))
            throw new CliException(ExitCode.Usage, $"unknown specialty '{specialtyText}'; expected one of: {string.Join(", ", DomainSlugs.All<Specialty>())}");
        if (stageText is not null && !DomainSlugs.TryParse(stageText, out stage))
            throw new CliException(ExitCode.Usage, $"unknown stage '{stageText}'; expected one of: {string.Join(", ", DomainSlugs.All<CareerStage>())}");
        return new AuthorClassification(role, specialty, stage, ["human label (author set)"], "human");
    }

    private static IEnumerable<string> Roles() => DomainSlugs.All<AuthorRole>().Where(r => r != "unknown");
}
