using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.ML.Authors;

/// <summary>
/// Rules first, model second: a confident rule decision (credential, profession, bot, official account, journalist,
/// researcher) stands; when only weak cues or the public default decided, the model's role is taken if it is sure
/// enough. For clinicians whose bio names no specialty, a sure clinician prediction fills the specialty in. Evidence keeps both.
/// </summary>
public sealed class CombinedAuthorClassifier(RuleBasedAuthorClassifier rules, MlAuthorClassifier model) : IAuthorClassifier
{
    /// <summary>The model overrules weak rules only when at least this sure (below it, it mostly guessed on the table test).</summary>
    public const float OverrideProbability = 0.5f;

    public string Version => $"{RuleBasedAuthorClassifier.RulesVersion}+{model.Version}";

    public AuthorClassification Classify(Author author)
    {
        ArgumentNullException.ThrowIfNull(author);
        AuthorRuleVerdict verdict = rules.Analyze(author);
        if (verdict.RoleConfident && verdict.SpecialtyConfident)
            return verdict.ToClassification(Version);

        AuthorModelScore score = model.Score(author.Bio);
        List<string> evidence = [.. verdict.Evidence];
        AuthorRole role = verdict.Role;
        Specialty specialty = verdict.Specialty;
        CareerStage stage = verdict.Stage;
        if (!verdict.RoleConfident && score.Role != verdict.Role && score.Probability >= OverrideProbability)
        {
            role = score.Role;
            evidence.Add($"model overrides weak rules: {score.Label} (p={score.Probability:F2})");
            specialty = role == AuthorRole.Clinician ? score.Specialty : Specialty.Unknown;
            stage = role == AuthorRole.Clinician ? CareerStageRules.Find(AuthorText.Fold(author.Bio), author.Bio ?? "").Stage : CareerStage.Unknown;
        }
        else if (role == AuthorRole.Clinician && !verdict.SpecialtyConfident && score.Role == AuthorRole.Clinician && score.Probability >= OverrideProbability)
        {
            specialty = score.BestClinicianSpecialty;
            evidence.Add($"model specialty: {DomainSlugs.Slug(specialty)}");
        }
        return new AuthorClassification(role, specialty, stage, evidence, Version);
    }
}
