using System.Text.RegularExpressions;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Explicit, explainable author rules (rubric: corpus/bios/README.md). Order: bots, official organizations,
/// clinical credentials and professions (after removing traps), former clinicians with a new job, communicators,
/// researchers, organization-like names, weak clinical hints, public. Stateless and thread-safe.
/// </summary>
public sealed partial class RuleBasedAuthorClassifier : IAuthorClassifier
{
    public const string RulesVersion = "author-rules-v1";

    /// <summary>Characters of the bio and display name that are read (X allows 160, Mastodon 500 by default).</summary>
    public const int MaxBioChars = 1000, MaxNameChars = 200;

    public string Version => RulesVersion;

    public AuthorClassification Classify(Author author)
    {
        ArgumentNullException.ThrowIfNull(author);
        return Analyze(author).ToClassification(Version);
    }

    public AuthorRuleVerdict Analyze(Author author)
    {
        ArgumentNullException.ThrowIfNull(author);
        return Analyze(author.DisplayName, author.Handle, author.Bio, author.VerifiedType, author.IsBot);
    }

    public AuthorRuleVerdict Analyze(string? displayName, string? handle, string? bio, string? verifiedType = null, bool isBot = false)
    {
        // Profiles are short; a cap keeps the cost per author bounded whatever a platform sends.
        displayName = AuthorText.StripControl(displayName is { Length: > MaxNameChars } ? displayName[..MaxNameChars] : displayName);
        bio = AuthorText.StripControl(bio is { Length: > MaxBioChars } ? bio[..MaxBioChars] : bio);
        List<string> evidence = [];
        string name = ProfileTraps.Strip(AuthorText.Fold(displayName), evidence, out bool formerInName);
        string cleanBio = ProfileTraps.Strip(AuthorText.WithoutTagsAndLinks(AuthorText.Fold(bio)), evidence, out bool formerInBio);
        string text = name + " | " + cleanBio;
        string original = AuthorText.MaskLike(displayName, name) + " | " + AuthorText.MaskLike(bio, cleanBio);
        bool former = formerInName || formerInBio;

        Match bot = RoleCues.Bot(text);
        if (isBot || RoleCues.BotHandle(handle ?? "") || bot.Success)
        {
            evidence.Add(bot.Success ? $"bot: '{bot.Value}'" : isBot ? "bot: platform flag" : $"bot: handle '{handle}'");
            return NonClinician(AuthorRole.Organization, evidence, confident: true);
        }
        if (verifiedType is not null && (verifiedType.Equals("business", StringComparison.OrdinalIgnoreCase) || verifiedType.Equals("government", StringComparison.OrdinalIgnoreCase)))
        {
            evidence.Add($"organization: X verified type '{verifiedType}'");
            return NonClinician(AuthorRole.Organization, evidence, confident: true);
        }
        Match official = RoleCues.OrganizationStrong(cleanBio);
        if (!official.Success)
            official = RoleCues.OrganizationStrong(name);
        if (official.Success)
        {
            evidence.Add($"organization: '{official.Value.Trim()}'");
            return NonClinician(AuthorRole.Organization, evidence, confident: true);
        }

        IReadOnlyList<CredentialMatch> credentials = ClinicalCredentials.Find(AuthorText.MaskLike(displayName, name), AuthorText.MaskLike(bio, cleanBio), evidence);
        (string Word, ProfessionKind Kind)? profession = ProfessionVocabulary.Find(text);
        if (ProfessionVocabulary.IsNurseScientist(text) && !credentials.Any(c => c.Profession == ProfessionKind.Physician))
        {
            evidence.Add("researcher: nurse scientist without stated practice");
            return NonClinician(AuthorRole.Researcher, evidence, confident: true);
        }
        if (credentials.Count > 0 || profession is not null)
            return Clinician(text, original, credentials, profession, evidence, confident: true);

        Match communicator = RoleCues.Communicator(text);
        if (communicator.Success)
        {
            evidence.Add($"communicator: '{communicator.Value.Trim()}'");
            return NonClinician(AuthorRole.Communicator, evidence, confident: true);
        }
        Match researcher = RoleCues.Researcher(text);
        if (researcher.Success)
        {
            evidence.Add($"researcher: '{researcher.Value.Trim()}'");
            if (DoctorTitle().IsMatch(name))
                evidence.Add("trap: 'Dr.' title without a clinical credential");
            return NonClinician(AuthorRole.Researcher, evidence, confident: true);
        }
        if (former)
            return Clinician(text, original, credentials, null, evidence, confident: true, retired: true);

        Match orgName = RoleCues.OrganizationName(name);
        if (orgName.Success && !RoleCues.Personal(cleanBio).Success)
        {
            evidence.Add($"organization: name word '{orgName.Value}'");
            return NonClinician(AuthorRole.Organization, evidence, confident: false);
        }
        var field = SpecialtyVocabulary.Find(text, original);
        CareerStage stated = CareerStageRules.Find(text, original).Stage;
        if (field is not null && stated is CareerStage.Resident or CareerStage.Fellow or CareerStage.Attending)
        {
            evidence.Add($"clinician: field '{field.Value.Words}' with a training/practice stage");
            return Clinician(text, original, credentials, null, evidence, confident: true);
        }
        Match publicCue = RoleCues.Public(text);
        if (publicCue.Success)
        {
            evidence.Add($"public: '{publicCue.Value.Trim()}'");
            return NonClinician(AuthorRole.Public, evidence, confident: true);
        }
        if (field is not null || DoctorTitle().IsMatch(name) || text.Contains("🩺"))
        {
            evidence.Add(field is not null ? "clinician (weak): clinical field words" : DoctorTitle().IsMatch(name) ? "clinician (weak): 'Dr.' title" : "clinician (weak): stethoscope emoji");
            return Clinician(text, original, credentials, null, evidence, confident: false);
        }
        Match privateCue = RoleCues.Private(text);
        if (privateCue.Success)
        {
            evidence.Add($"public: '{privateCue.Value.Trim()}'");
            return NonClinician(AuthorRole.Public, evidence, confident: true);
        }
        evidence.Add("public: no professional cue (default)");
        return NonClinician(AuthorRole.Public, evidence, confident: false);
    }

    private static AuthorRuleVerdict NonClinician(AuthorRole role, List<string> evidence, bool confident) =>
        new(role, Specialty.Unknown, CareerStage.Unknown, evidence, confident, SpecialtyConfident: true);

    private static AuthorRuleVerdict Clinician(string text, string original, IReadOnlyList<CredentialMatch> credentials,
        (string Word, ProfessionKind Kind)? profession, List<string> evidence, bool confident, bool retired = false)
    {
        foreach (string credential in credentials.Select(c => c.Text).Distinct())
            evidence.Add($"credential: {credential}");
        if (profession is not null)
            evidence.Add($"profession: '{profession.Value.Word}'");
        ProfessionKind kind = KindOf(credentials, profession);

        (CareerStage stage, string stageWords) = retired ? (CareerStage.Retired, "former") : CareerStageRules.Find(text, original);
        if (stage != CareerStage.Unknown)
            evidence.Add($"stage: '{stageWords}'");

        Specialty specialty;
        bool specialtyConfident = true;
        if (kind == ProfessionKind.Nurse)
        {
            specialty = Specialty.Nursing;
            evidence.Add("specialty: nursing (profession)");
        }
        else if (kind == ProfessionKind.Pharmacist)
        {
            specialty = Specialty.Pharmacy;
            evidence.Add("specialty: pharmacy (profession)");
        }
        else
        {
            // Aspirations name a student's intended field, but not a resident's ("IM resident, future heme/onc").
            string scope = stage == CareerStage.Student ? text : Aspiration().Replace(text, m => new string(' ', m.Length));
            string scopeOriginal = stage == CareerStage.Student ? original : AuthorText.MaskLike(original, scope);
            var found = SpecialtyVocabulary.Find(scope, scopeOriginal);
            specialty = found?.Specialty ?? Specialty.Unknown;
            specialtyConfident = found is not null;
            evidence.Add(found is null ? "specialty: none stated" : $"specialty: '{found.Value.Words}'");
            if (stage == CareerStage.Student && found is not null && !Aspiration().IsMatch(text))
                specialty = Specialty.Unknown;
        }
        return new AuthorRuleVerdict(AuthorRole.Clinician, specialty, stage, evidence, confident, specialtyConfident);
    }

    private static ProfessionKind KindOf(IReadOnlyList<CredentialMatch> credentials, (string Word, ProfessionKind Kind)? profession)
    {
        if (credentials.Any(c => c.Profession == ProfessionKind.PhysicianAssistant) || profession?.Kind == ProfessionKind.PhysicianAssistant)
            return ProfessionKind.PhysicianAssistant;
        if (credentials.Any(c => c.Profession == ProfessionKind.Physician))
            return ProfessionKind.Physician;
        if (profession is not null)
            return profession.Value.Kind;
        return credentials.Count > 0 ? credentials[0].Profession : ProfessionKind.Physician;
    }

    [GeneratedRegex(@"^\s*(?:dr|dra|dott|doc)\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex DoctorTitle();

    [GeneratedRegex(@"\b(?:future|aspiring|hoping for|wannabe|soon-to-be)\b[^.|•·,;!]*", RegexOptions.CultureInvariant)]
    private static partial Regex Aspiration();
}
