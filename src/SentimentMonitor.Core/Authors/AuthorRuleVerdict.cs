using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// What the rules decided and how sure they are: <see cref="RoleConfident"/> is false when only weak cues (an
/// organization-like name, a field word, a "Dr." title) or the public default decided, so a model may overrule.
/// </summary>
public sealed record AuthorRuleVerdict(
    AuthorRole Role,
    Specialty Specialty,
    CareerStage Stage,
    IReadOnlyList<string> Evidence,
    bool RoleConfident,
    bool SpecialtyConfident)
{
    public AuthorClassification ToClassification(string source) => new(Role, Specialty, Stage, Evidence, source);
}
