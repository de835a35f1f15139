using System.Text.Encodings.Web;
using System.Text.Json;
using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Cli.Commands;

/// <summary>
/// <c>author show --json</c>: the stored profile, the label in effect, the stored machine and human labels and what
/// the classifier decides now, each as {role, specialty, career_stage, source, evidence}; slugs as in <c>export</c>.
/// </summary>
internal static class AuthorJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IEnumerable<(Author Author, AuthorClassification Now)> authors) =>
        JsonSerializer.Serialize(authors.Select(x => new
        {
            key = x.Author.Key,
            platform = DomainSlugs.Slug(x.Author.Platform),
            handle = x.Author.Handle,
            name = x.Author.DisplayName,
            bio = x.Author.Bio,
            followers = x.Author.Followers,
            verified = x.Author.VerifiedType,
            in_effect = Label(x.Author.Effective),
            human = Label(x.Author.Human),
            machine = Label(x.Author.Machine),
            classifier_now = Label(x.Now),
        }), Options);

    private static object? Label(AuthorClassification? c) => c is null ? null : new
    {
        role = DomainSlugs.Slug(c.Role),
        specialty = DomainSlugs.Slug(c.Specialty),
        career_stage = DomainSlugs.Slug(c.Stage),
        source = c.Source,
        evidence = c.Evidence,
    };
}
