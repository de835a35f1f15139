using System.CommandLine;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;
using SentimentMonitor.Storage;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>author show HANDLE</c>: the stored profile, the label in effect (human or machine) and what the shipped
/// classifier decides now, with the words and rules that decided.
/// </summary>
public static class AuthorShowCommand
{
    public static Command Create()
    {
        Argument<string> handle = new("HANDLE") { Description = "Account handle (leading @ optional)" };
        Option<bool> json = new("--json") { Description = "Print as JSON: an array with one object per account with this handle" };
        Command command = new("show", "Print an author's classification and the evidence for it") { handle, json };
        command.WithExamples(
            "author show peds_onc_mara",
            "author show @doc.bsky.social --json");
        VerbRunner.Attach(command, ctx =>
        {
            using LiteDbStore store = StoreAccess.OpenForRead(ctx);
            IAuthorClassifier classifier = AuthorClassifierFactory.Create();
            IReadOnlyList<Author> authors = Require(store, ctx.Get(handle)!);
            if (ctx.Get(json))
            {
                ctx.Out.WriteLine(AuthorJson.Serialize(authors.Select(a => (a, classifier.Classify(a)))));
                return ExitCode.Ok;
            }
            foreach (Author author in authors)
                Write(ctx.Out, author, classifier.Classify(author));
            return ExitCode.Ok;
        });
        return command;
    }

    internal static IReadOnlyList<Author> Require(IPostRepository store, string handle)
    {
        if (string.IsNullOrWhiteSpace(handle) || handle.Trim() == "@")
            throw new CliException(ExitCode.Usage, "HANDLE is empty");
        IReadOnlyList<Author> authors = store.FindAuthorsByHandle(handle.Trim());
        return authors.Count > 0 ? authors : throw new CliException(ExitCode.NotFound, $"no stored author with handle '{handle}'");
    }

    internal static string Describe(AuthorClassification c)
    {
        string text = DomainSlugs.Slug(c.Role);
        if (c.Role == AuthorRole.Clinician)
            text += $", specialty {DomainSlugs.Slug(c.Specialty)}, stage {DomainSlugs.Slug(c.Stage)}";
        return text;
    }

    private static void Write(TextWriter o, Author author, AuthorClassification now)
    {
        o.WriteLine($"{Clean(author.Key)}  @{Clean(author.Handle)}  {Clean(author.DisplayName)}");
        if (!string.IsNullOrWhiteSpace(author.Bio))
            o.WriteLine($"  bio: {Clean(author.Bio)}");
        if (author.Followers is not null || author.VerifiedType is not null)
            o.WriteLine($"  followers: {author.Followers?.ToString() ?? "-"}  verified: {Clean(author.VerifiedType ?? "-")}");
        o.WriteLine($"  in effect: {(author.Effective is null ? "not classified yet" : $"{Describe(author.Effective)} ({author.Effective.Source})")}");
        if (author.Human is not null && author.Machine is not null)
            o.WriteLine($"  machine (overridden): {Describe(author.Machine)} ({author.Machine.Source})");
        o.WriteLine($"  classifier now: {Describe(now)} ({now.Source})");
        foreach (string evidence in now.Evidence)
            o.WriteLine($"    - {Clean(evidence)}");
    }

    private static string Clean(string? text) => ConsoleText.Clean(text);
}
