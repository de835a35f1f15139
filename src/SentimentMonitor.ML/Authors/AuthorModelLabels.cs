using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.ML.Authors;

/// <summary>
/// The author model predicts one joint label: "clinician/&lt;specialty slug&gt;" for clinicians, the role slug for
/// everyone else. One multiclass model then yields role and specialty, and P(clinician) is the sum over its labels.
/// </summary>
public static class AuthorModelLabels
{
    public static string For(AuthorRole role, Specialty specialty) =>
        role == AuthorRole.Clinician ? $"clinician/{DomainSlugs.Slug(specialty)}" : DomainSlugs.Slug(role);

    public static (AuthorRole Role, Specialty Specialty) Parse(string label)
    {
        int slash = label.IndexOf('/');
        if (slash < 0)
            return (DomainSlugs.Parse<AuthorRole>(label), Specialty.Unknown);
        return (DomainSlugs.Parse<AuthorRole>(label[..slash]), DomainSlugs.Parse<Specialty>(label[(slash + 1)..]));
    }
}
